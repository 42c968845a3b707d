package kr.dolbom.casework.web;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.casework.CaseState;
import kr.dolbom.casework.internal.CaseQueries;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.UserId;
import kr.dolbom.org.UserSummary;
import kr.dolbom.org.Users;
import kr.dolbom.shared.export.ExportPurpose;
import kr.dolbom.shared.export.ExportStamp;
import kr.dolbom.shared.export.Spreadsheet;
import kr.dolbom.shared.export.SpreadsheetWriter;
import kr.dolbom.shared.web.Downloads;
import kr.dolbom.shared.web.Messages;

/**
 * "엑셀 내려받기" of the case list: the same cases as the page (its tab and stage filter, the
 * caller's scope), every case written to the access log as EXPORT with the stated purpose.
 */
@Controller
class CaseExportController {

	private final CaseQueries queries;
	private final CurrentUser currentUser;
	private final Users users;
	private final AccessLog accessLog;
	private final SpreadsheetWriter writer;
	private final Messages messages;
	private final Clock clock;

	CaseExportController(CaseQueries queries, CurrentUser currentUser, Users users, AccessLog accessLog,
			SpreadsheetWriter writer, Messages messages, Clock clock) {
		this.queries = queries;
		this.currentUser = currentUser;
		this.users = users;
		this.accessLog = accessLog;
		this.writer = writer;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/cases/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "mine") String view,
			@RequestParam(required = false) CaseState state, @RequestParam(required = false) String purpose) {
		var reason = ExportPurpose.require(purpose);
		var me = currentUser.get();
		boolean mine = "mine".equals(view);
		var items = queries.export(state, mine ? me.id().value() : null, state == null);
		accessLog.recordAll(items.stream().map(i -> AccessSubject.of("CASE", i.file().id(), i.file().officeCode())).toList(),
				AccessAction.EXPORT, reason);
		var sheet = Spreadsheet.of(messages.get("case.list.title"), messages.get("case.export.person"),
				messages.get("case.export.rrn"), messages.get("case.export.office"), messages.get("case.export.state"),
				messages.get("case.export.selection"), messages.get("case.export.assignee"),
				messages.get("case.export.requestedOn"), messages.get("case.export.openedOn"),
				messages.get("case.export.closedOn"), messages.get("case.export.overdue"));
		for (var i : items) {
			var c = i.file();
			sheet.row(i.person() == null ? null : i.person().name(), i.person() == null ? null : i.person().rrnMasked(),
					c.officeCode(), messages.get("case.state." + c.state().name()),
					c.selection() == null ? null : messages.get("case.selection." + c.selection().name()),
					c.assignee() == null ? null : users.find(new UserId(c.assignee())).map(UserSummary::name).orElse(null),
					c.requestedOn(), c.openedOn(), c.closedOn(), i.overdue() ? messages.get("case.export.yes") : null);
		}
		var what = messages.get("case.export.what", messages.get(mine ? "case.list.mine" : "case.list.office"),
				state == null ? messages.get("case.export.all") : messages.get("case.state." + state.name()));
		var stamp = new ExportStamp(me.name() + " (" + me.username() + ")", what, OffsetDateTime.now(clock), reason);
		return Downloads.xlsx(messages.get("case.export.file") + ".xlsx", writer.write(sheet, stamp));
	}
}
