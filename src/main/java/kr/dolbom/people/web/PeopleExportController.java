package kr.dolbom.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.org.OrgUnit;
import kr.dolbom.org.OrgUnits;
import kr.dolbom.people.internal.PeopleService;
import kr.dolbom.shared.DomainRuleViolation;
import kr.dolbom.shared.Paging;
import kr.dolbom.shared.export.ExportPurpose;
import kr.dolbom.shared.export.ExportStamp;
import kr.dolbom.shared.export.Spreadsheet;
import kr.dolbom.shared.export.SpreadsheetWriter;
import kr.dolbom.shared.web.Downloads;
import kr.dolbom.shared.web.Messages;

/**
 * "엑셀 내려받기" of a search for residents by name and birth date: the search of the page (in the
 * caller's scope, logged as a search), each person found written to the access log as EXPORT with
 * the stated purpose. Registration numbers only masked; searches by number are never exported.
 */
@Controller
class PeopleExportController {

	private final PeopleService people;
	private final OrgUnits units;
	private final CurrentUser currentUser;
	private final AccessLog accessLog;
	private final SpreadsheetWriter writer;
	private final Messages messages;
	private final Clock clock;

	PeopleExportController(PeopleService people, OrgUnits units, CurrentUser currentUser, AccessLog accessLog,
			SpreadsheetWriter writer, Messages messages, Clock clock) {
		this.people = people;
		this.units = units;
		this.currentUser = currentUser;
		this.accessLog = accessLog;
		this.writer = writer;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/people/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
			@RequestParam(required = false) String purpose) {
		var reason = ExportPurpose.require(purpose);
		var result = people.searchByName(name, birthDate, new Paging(0, Paging.MAX_SIZE));
		if (result.total() > Paging.MAX_SIZE) {
			throw new DomainRuleViolation("export-too-large", Paging.MAX_SIZE);
		}
		accessLog.recordAll(result.items().stream().map(p -> AccessSubject.of("PERSON", p.id(), p.officeCode())).toList(),
				AccessAction.EXPORT, reason);
		Map<String, String> offices = result.items().stream().map(p -> p.officeCode()).distinct()
				.collect(Collectors.toMap(c -> c, c -> units.find(c).map(OrgUnit::name).orElse(c)));
		var sheet = Spreadsheet.of(messages.get("people.search.results"), messages.get("people.field.name"),
				messages.get("people.export.rrn"), messages.get("people.export.birthDate"),
				messages.get("people.export.office"), messages.get("people.export.relationship"),
				messages.get("people.export.phone"));
		for (var p : result.items()) {
			sheet.row(p.name(), p.rrnMasked(), p.birthDate(), offices.get(p.officeCode()),
					p.relationship() == null ? null : messages.get("relationship." + p.relationship().name()),
					p.maskedPhone());
		}
		var me = currentUser.get();
		var what = messages.get("people.export.what", name == null ? "" : name.strip(),
				birthDate == null ? "" : birthDate.toString());
		var stamp = new ExportStamp(me.name() + " (" + me.username() + ")", what, OffsetDateTime.now(clock), reason);
		return Downloads.xlsx(messages.get("people.export.file") + ".xlsx", writer.write(sheet, stamp));
	}
}
