package kr.dolbom.deadline.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.SubjectType;

/**
 * An in-app reminder of a deadline. {@code kind} is DUE_SOON or OVERDUE; {@code recipient} says
 * whether it was addressed to the user, their team or the office's team leads.
 */
public record Notification(UUID id, UUID deadlineId, Kind kind, Recipient recipient, SubjectType subjectType,
		UUID subjectId, Step step, LocalDate dueOn, String officeCode, OffsetDateTime createdAt, boolean read) {

	public enum Kind {
		DUE_SOON, OVERDUE;

		public String messageKey() {
			return "deadline.notification.kind." + name();
		}
	}

	public enum Recipient {
		USER, TEAM, OFFICE;

		public String messageKey() {
			return "deadline.notification.recipient." + name();
		}
	}

	public String subjectPath() {
		return subjectType.pagePath(subjectId);
	}
}
