package kr.dolbom.deadline.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.dolbom.audit.AccessAction;
import kr.dolbom.audit.AccessLog;
import kr.dolbom.audit.AccessSubject;
import kr.dolbom.deadline.internal.WorkQueueService;
import kr.dolbom.org.CurrentUser;
import kr.dolbom.shared.export.ExportPurpose;
import kr.dolbom.shared.export.ExportStamp;
import kr.dolbom.shared.export.Spreadsheet;
import kr.dolbom.shared.export.SpreadsheetWriter;
import kr.dolbom.shared.web.Downloads;
import kr.dolbom.shared.web.Messages;

/**
 * "엑셀 내려받기" of the work queue (mine or my team's): the rows of the page, each deadline's case
 * or target written to the access log as EXPORT with the stated purpose.
 */
@Controller
class WorkQueueExportController {

	private final WorkQueueService queues;
	private final CurrentUser currentUser;
	private final AccessLog accessLog;
	private final SpreadsheetWriter writer;
	private final Messages messages;
	private final Clock clock;

	WorkQueueExportController(WorkQueueService queues, CurrentUser currentUser, AccessLog accessLog,
			SpreadsheetWriter writer, Messages messages, Clock clock) {
		this.queues = queues;
		this.currentUser = currentUser;
		this.accessLog = accessLog;
		this.writer = writer;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/work-queue/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "mine") String view,
			@RequestParam(required = false) String purpose) {
		var reason = ExportPurpose.require(purpose);
		var whose = "team".equals(view) ? WorkQueueService.Whose.TEAM : WorkQueueService.Whose.ME;
		var queue = queues.queue(whose);
		accessLog.recordAll(queue.items().stream().map(i -> i.deadline()).map(d -> AccessSubject.of(
				d.subject().type().name(), d.subject().id(), d.officeCode())).toList(), AccessAction.EXPORT, reason);
		var sheet = Spreadsheet.of(messages.get("deadline.queue.title"), messages.get("deadline.queue.status"),
				messages.get("deadline.queue.dueOn"), messages.get("deadline.queue.step"),
				messages.get("deadline.queue.action"), messages.get("deadline.queue.subject"),
				messages.get("deadline.export.subjectId"), messages.get("deadline.queue.assignee"));
		for (var item : queue.items()) {
			var d = item.deadline();
			sheet.row(status(item), d.dueOn(), messages.get(d.step().messageKey())
					+ (d.variant().name().equals("STANDARD") ? "" : " · " + messages.get(d.variant().messageKey())),
					messages.get(d.step().actionKey()), messages.get(d.subject().type().messageKey()),
					d.subject().id().toString(),
					item.assigneeName() == null ? messages.get("deadline.queue.unassigned") : item.assigneeName());
		}
		var me = currentUser.get();
		var what = messages.get(whose == WorkQueueService.Whose.TEAM ? "deadline.queue.team" : "deadline.queue.mine")
				+ " (" + messages.get("deadline.queue.title") + ")";
		var stamp = new ExportStamp(me.name() + " (" + me.username() + ")", what, OffsetDateTime.now(clock), reason);
		return Downloads.xlsx(messages.get("deadline.export.file", LocalDate.now(clock)) + ".xlsx",
				writer.write(sheet, stamp));
	}

	private String status(WorkQueueService.QueueItem item) {
		if (item.overdue()) {
			return messages.get("deadline.queue.overdue", item.daysOverdue());
		}
		return item.daysLeft() == 0 ? messages.get("deadline.queue.today") : messages.get("deadline.queue.left", item.daysLeft());
	}
}
