package kr.dolbom.deadline.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import kr.dolbom.deadline.DeadlineId;
import kr.dolbom.deadline.DeadlineState;
import kr.dolbom.deadline.DeadlineSubject;
import kr.dolbom.deadline.DeadlineView;
import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.StepVariant;
import kr.dolbom.org.UserId;

/** A stored deadline with everything the module keeps about it. */
public record DeadlineRecord(UUID id, DeadlineSubject subject, Step step, StepVariant variant, String officeCode,
		UUID assigneeId, UUID teamId, UUID personId, LocalDate anchorOn, LocalDate capAnchorOn, LocalDate dueOn,
		UUID ruleId, int ruleVersion, DeadlineState state, LocalDate doneOn, LocalDate cancelledOn, String cancelReason,
		boolean markedOverdue, LocalDate overdueSince, int version) {

	/**
	 * Open after the due date, or done after it. Computed from the dates, so it is right even
	 * before the daily sweep has marked the deadline.
	 */
	public boolean overdueOn(LocalDate today) {
		return switch (state) {
			case OPEN -> dueOn.isBefore(today);
			case DONE -> doneOn.isAfter(dueOn);
			case CANCELLED -> false;
		};
	}

	/** Days past the due date (0 when not overdue). */
	public long daysOverdue(LocalDate today) {
		if (!overdueOn(today)) {
			return 0;
		}
		var end = state == DeadlineState.DONE ? doneOn : today;
		return ChronoUnit.DAYS.between(dueOn, end);
	}

	/** Days until the due date for an open deadline (negative when overdue). */
	public long daysLeft(LocalDate today) {
		return ChronoUnit.DAYS.between(today, dueOn);
	}

	public DeadlineView view(LocalDate today) {
		return new DeadlineView(new DeadlineId(id), subject, step, variant, officeCode,
				assigneeId == null ? null : new UserId(assigneeId), teamId, personId, anchorOn, dueOn, doneOn, state,
				overdueOn(today), ruleId, ruleVersion);
	}

	static String openKey(DeadlineSubject subject, Step step, StepVariant variant) {
		return subject.type() + ":" + subject.id() + ":" + step + ":" + variant;
	}
}
