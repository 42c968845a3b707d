package kr.dolbom.deadline;

import java.time.LocalDate;

/**
 * Published by the daily sweep once for each deadline whose due date has passed while it was open,
 * e.g. for discovery to close a target as unprocessed ({@link Step#TARGET_PROCESSING}) or for
 * casework to suggest closure after {@link Step#NO_CONTACT}.
 */
public record DeadlineOverdue(DeadlineId deadline, DeadlineSubject subject, Step step, StepVariant variant,
		String officeCode, LocalDate dueOn, LocalDate markedOn) {
}
