package kr.dolbom.discovery.web;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.discovery.internal.SelfManagedTargetService;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.shared.export.ExportPurpose;
import kr.dolbom.shared.export.ExportStamp;
import kr.dolbom.shared.export.Spreadsheet;
import kr.dolbom.shared.export.SpreadsheetWriter;
import kr.dolbom.shared.web.Downloads;
import kr.dolbom.shared.web.Messages;

/**
 * "엑셀 내려받기" of the self-managed list: the same targets as the page (active or released, the
 * caller's offices), each written to the access log as EXPORT with the stated purpose.
 */
@Controller
class SelfManagedExportController {

	private final SelfManagedTargetService service;
	private final CurrentUser currentUser;
	private final AccessLog accessLog;
	private final SpreadsheetWriter writer;
	private final Messages messages;
	private final Clock clock;

	SelfManagedExportController(SelfManagedTargetService service, CurrentUser currentUser, AccessLog accessLog,
			SpreadsheetWriter writer, Messages messages, Clock clock) {
		this.service = service;
		this.currentUser = currentUser;
		this.accessLog = accessLog;
		this.writer = writer;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/discovery/self-managed/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String status,
			@RequestParam(required = false) String purpose) {
		var reason = ExportPurpose.require(purpose);
		boolean released = SelfManagedApiController.released(status);
		var items = service.export(released);
		accessLog.recordAll(items.stream().map(i -> AccessSubject.of(SelfManagedTargetService.SUBJECT, i.target().id(),
				i.target().officeCode())).toList(), AccessAction.EXPORT, reason);
		var sheet = Spreadsheet.of(messages.get("selfmanaged.list.title"), messages.get("selfmanaged.field.name"),
				messages.get("selfmanaged.field.rrn"), messages.get("selfmanaged.field.office"),
				messages.get("selfmanaged.field.reason"), messages.get("selfmanaged.field.worker"),
				messages.get("selfmanaged.field.visitCycle"), messages.get("selfmanaged.field.visitCount"),
				messages.get("selfmanaged.field.registeredOn"), messages.get("selfmanaged.field.source"),
				messages.get("selfmanaged.field.notes"), messages.get("selfmanaged.view.releasedOn"),
				messages.get("selfmanaged.field.releaseReason"), messages.get("selfmanaged.export.overdue"));
		for (var i : items) {
			var t = i.target();
			sheet.row(i.person() == null ? null : i.person().name(), i.person() == null ? null : i.person().rrnMasked(),
					t.officeCode(), t.reason(), i.assigneeName(), t.visitCycleMonths(), t.visitCount(), t.registeredOn(),
					messages.get(t.source().messageKey()), t.notes(), t.releasedOn(), t.releaseReason(),
					i.overdue() ? messages.get("common.yes") : null);
		}
		var me = currentUser.get();
		var what = messages.get("selfmanaged.export.what",
				messages.get(released ? "selfmanaged.list.released" : "selfmanaged.list.active"));
		var stamp = new ExportStamp(me.name() + " (" + me.username() + ")", what, OffsetDateTime.now(clock), reason);
		return Downloads.xlsx(messages.get("selfmanaged.export.file") + ".xlsx", writer.write(sheet, stamp));
	}
}
