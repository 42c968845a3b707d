package kr.dolbom.discovery.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.discovery.RoundId;
import kr.dolbom.discovery.internal.TargetService;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.shared.export.ExportPurpose;
import kr.dolbom.shared.export.ExportStamp;
import kr.dolbom.shared.export.Spreadsheet;
import kr.dolbom.shared.export.SpreadsheetWriter;
import kr.dolbom.shared.web.Downloads;
import kr.dolbom.shared.web.Messages;

/**
 * "엑셀 내려받기" of the office's targets (issue 9): the page's filter (round, status) in the
 * caller's scope, every target written to the access log as EXPORT with the stated purpose.
 */
@Controller
class TargetExportController {

	private final TargetService targets;
	private final CurrentUser currentUser;
	private final AccessLog accessLog;
	private final SpreadsheetWriter writer;
	private final Messages messages;
	private final Clock clock;

	TargetExportController(TargetService targets, CurrentUser currentUser, AccessLog accessLog,
			SpreadsheetWriter writer, Messages messages, Clock clock) {
		this.targets = targets;
		this.currentUser = currentUser;
		this.accessLog = accessLog;
		this.writer = writer;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/discovery/targets/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) UUID round,
			@RequestParam(required = false) String status, @RequestParam(required = false) String purpose) {
		var reason = ExportPurpose.require(purpose);
		var state = TargetApiController.status(status);
		var items = targets.listAll(round == null ? null : new RoundId(round), state);
		accessLog.recordAll(items.stream().map(t -> AccessSubject.of("TARGET", t.id().value(), t.officeCode())).toList(),
				AccessAction.EXPORT, reason);
		var sheet = Spreadsheet.of(messages.get("discovery.targets.title"), messages.get("discovery.target.name"),
				messages.get("discovery.round"), messages.get("discovery.target.office"),
				messages.get("discovery.target.rank"), messages.get("discovery.target.score"),
				messages.get("discovery.target.selection"), messages.get("discovery.target.status.label"),
				messages.get("discovery.result.label"), messages.get("discovery.result.reason"),
				messages.get("discovery.target.distributedOn"), messages.get("discovery.export.processedOn"));
		for (var t : items) {
			sheet.row(t.name(), t.roundLabel(), t.officeCode(), t.rank(), t.score(),
					messages.get("discovery.selection." + t.selection()),
					messages.get("discovery.status." + t.status().name()),
					t.result() == null ? null : messages.get("discovery.result." + t.result().name()),
					t.reasonCode() == null ? null : messages.get("discovery.reason." + t.reasonCode()), t.distributedOn(),
					t.processedOn());
		}
		var me = currentUser.get();
		var what = messages.get("discovery.export.what",
				state == null ? messages.get("discovery.any") : messages.get("discovery.status." + state.name()));
		var stamp = new ExportStamp(me.name() + " (" + me.username() + ")", what, OffsetDateTime.now(clock), reason);
		return Downloads.xlsx(messages.get("discovery.export.file") + ".xlsx", writer.write(sheet, stamp));
	}
}
