package kr.dolbom.deadline;

import java.time.LocalDate;
import java.util.UUID;

import kr.dolbom.org.UserId;

/**
 * A deadline as other modules see it. {@code overdue}: still open after its due date, or done
 * after it. {@code ruleVersion} is the version of the rule the due date was computed with; a later
 * change of the rule never changes it.
 */
public record DeadlineView(DeadlineId id, DeadlineSubject subject, Step step, StepVariant variant, String officeCode,
		UserId assignee, UUID teamId, UUID personId, LocalDate anchorOn, LocalDate dueOn, LocalDate doneOn,
		DeadlineState state, boolean overdue, UUID ruleId, int ruleVersion) {
}
