package kr.dolbom.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.report.internal.Compliance;
import kr.dolbom.report.internal.Dashboards;
import kr.dolbom.shared.export.ExportPurpose;
import kr.dolbom.shared.export.ExportStamp;
import kr.dolbom.shared.export.Spreadsheet;
import kr.dolbom.shared.export.SpreadsheetWriter;
import kr.dolbom.shared.web.Downloads;
import kr.dolbom.shared.web.Messages;

/**
 * "엑셀 내려받기" of the dashboards (issue 5; issue 9: every export is logged with its purpose). The
 * figures are counts without personal data; the export is still logged, once, as the unit's.
 */
@Controller
class DashboardExportController {

	private final Dashboards dashboards;
	private final CurrentUser currentUser;
	private final AccessLog accessLog;
	private final SpreadsheetWriter writer;
	private final Messages messages;
	private final Clock clock;

	DashboardExportController(Dashboards dashboards, CurrentUser currentUser, AccessLog accessLog,
			SpreadsheetWriter writer, Messages messages, Clock clock) {
		this.dashboards = dashboards;
		this.currentUser = currentUser;
		this.accessLog = accessLog;
		this.writer = writer;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/dashboards/units/export.xlsx")
	ResponseEntity<byte[]> units(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "30") int days,
			@RequestParam(required = false) String purpose) {
		var reason = ExportPurpose.require(purpose);
		var d = dashboards.units(unit, days);
		List<String> headers = new ArrayList<>(List.of(messages.get("report.units.unit"), messages.get("report.export.code")));
		Dashboards.OPEN_STATES.forEach(s -> headers.add(messages.get("case.state." + s.name())));
		headers.addAll(List.of(messages.get("report.units.open"), messages.get("report.export.closedTotal"),
				messages.get("report.export.notSelected"), messages.get("report.units.opened", days),
				messages.get("report.units.closed", days), messages.get("report.units.compliance30"),
				messages.get("report.units.compliance90"), messages.get("report.units.overdue")));
		var sheet = Spreadsheet.of(messages.get("report.units.title", d.unit().name()), headers.toArray(String[]::new));
		for (var r : d.rows()) {
			sheet.row(row(r, r.unit().name(), r.unit().code()));
		}
		sheet.row(row(d.total(), messages.get("report.units.total"), d.unit().code()));
		accessLog.record(AccessSubject.of("DASHBOARD", d.unit().code(), d.unit().code()), AccessAction.EXPORT, reason);
		var what = messages.get("report.units.title", d.unit().fullName()) + " · " + messages.get("report.period.days", days);
		return Downloads.xlsx(messages.get("report.export.unitsFile", d.unit().code(), d.today()) + ".xlsx",
				writer.write(sheet, stamp(what, reason)));
	}

	private static Object[] row(Dashboards.UnitRow r, String name, String code) {
		List<Object> cells = new ArrayList<>(List.of(name, code));
		Dashboards.OPEN_STATES.forEach(s -> cells.add(r.states().get(s)));
		cells.addAll(List.of(r.open(), r.closed(), r.notSelected(), r.openedInPeriod(), r.closedInPeriod()));
		cells.add(rate(r.last30()));
		cells.add(rate(r.last90()));
		cells.add(r.last90().overdue());
		return cells.toArray();
	}

	private static Object rate(Compliance c) {
		return c.ratePercent() == null ? null : c.ratePercent();
	}

	@GetMapping("/dashboards/team/export.xlsx")
	ResponseEntity<byte[]> team(@RequestParam(required = false) String purpose) {
		var reason = ExportPurpose.require(purpose);
		var d = dashboards.team();
		List<String> headers = new ArrayList<>(List.of(messages.get("report.team.worker"), messages.get("report.team.openCases")));
		d.overdueSteps().forEach(s -> headers.add(messages.get(s.messageKey())));
		headers.add(messages.get("report.team.overdue"));
		var sheet = Spreadsheet.of(messages.get("report.team.titleOf", d.team().name()), headers.toArray(String[]::new));
		for (var w : d.workers()) {
			List<Object> cells = new ArrayList<>();
			cells.add(w.name() == null ? messages.get("report.team.unassigned") : w.name());
			cells.add(w.openCases());
			d.overdueSteps().forEach(s -> cells.add(w.overdueBySteps().getOrDefault(s, 0L)));
			cells.add(w.overdue());
			sheet.row(cells.toArray());
		}
		var office = d.offices().isEmpty() ? d.team().homeUnitCode() : d.offices().get(0).code();
		accessLog.record(AccessSubject.of("DASHBOARD", d.team().id(), office), AccessAction.EXPORT, reason);
		return Downloads.xlsx(messages.get("report.export.teamFile", LocalDate.now(clock)) + ".xlsx",
				writer.write(sheet, stamp(messages.get("report.team.titleOf", d.team().name()), reason)));
	}

	private ExportStamp stamp(String what, String reason) {
		var me = currentUser.get();
		return new ExportStamp(me.name() + " (" + me.username() + ")", what, OffsetDateTime.now(clock), reason);
	}
}
