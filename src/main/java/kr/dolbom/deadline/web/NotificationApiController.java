package kr.dolbom.deadline.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.SubjectType;
import kr.dolbom.deadline.internal.Notification;
import kr.dolbom.deadline.internal.NotificationService;
import kr.dolbom.shared.PageResult;
import kr.dolbom.shared.Paging;

/** The caller's in-app reminders of deadlines. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
class NotificationApiController {

	private final NotificationService notifications;

	NotificationApiController(NotificationService notifications) {
		this.notifications = notifications;
	}

	record NotificationJson(UUID id, String deadlineId, Notification.Kind kind, Notification.Recipient recipient,
			SubjectType subjectType, String subjectId, Step step, LocalDate dueOn, String officeCode,
			OffsetDateTime createdAt, boolean read) {

		static NotificationJson of(Notification n) {
			return new NotificationJson(n.id(), n.deadlineId().toString(), n.kind(), n.recipient(), n.subjectType(),
					n.subjectId().toString(), n.step(), n.dueOn(), n.officeCode(), n.createdAt(), n.read());
		}
	}

	@GetMapping
	PageResult<NotificationJson> list(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return notifications.mine(unread, Paging.of(page, size)).map(NotificationJson::of);
	}

	@GetMapping("/unread-count")
	Map<String, Long> unreadCount() {
		return Map.of("unread", notifications.unreadCount());
	}

	@PostMapping("/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void markRead(@PathVariable UUID id) {
		notifications.markRead(id);
	}

	@PostMapping("/read-all")
	Map<String, Integer> markAllRead() {
		return Map.of("marked", notifications.markAllRead());
	}
}
