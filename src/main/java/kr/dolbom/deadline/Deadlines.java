package kr.dolbom.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kr.dolbom.org.UserId;

/**
 * The module API for the modules that own the steps (casework, consultation, discovery): open
 * the deadline of a step when its anchor event happens, complete it when the step is done, cancel
 * it when it is no longer needed, and list a subject's deadlines (a case's
 * {@code deadlines:[{step, dueOn, doneOn?, overdue}]}).
 *
 * <p>Call it inside the caller's own transaction so that the step and its deadline are stored
 * together. Within a user's request every method checks the user's scope (404) and role (403)
 * like every other service; without a signed-in user (an {@code @ApplicationModuleListener} or a
 * scheduled job of the system itself) the call is the system's and is not restricted.
 */
public interface Deadlines {

	/**
	 * Opens the deadline of a step, computing its due date with the rule in force on the anchor
	 * date and the office's working-day calendar. Opening the same step again with the same anchor
	 * returns the open deadline (so a redelivered event does no harm); with another anchor it is
	 * refused with 409 {@code deadline-already-open}.
	 */
	DeadlineView open(OpenDeadline request);

	/** @throws kr.dolbom.shared.DomainRuleViolation {@code deadline-not-open} when done or cancelled */
	DeadlineView complete(DeadlineId id, LocalDate doneOn);

	/** Completes the open deadline of the step, if there is one. */
	Optional<DeadlineView> complete(DeadlineSubject subject, Step step, StepVariant variant, LocalDate doneOn);

	DeadlineView cancel(DeadlineId id, String reason);

	/** Cancels every open deadline of the subject (e.g. not selected, closed, transferred). */
	List<DeadlineView> cancelAll(DeadlineSubject subject, String reason);

	/** Sets the assignee and team of the subject's open deadlines (e.g. a new main case manager). */
	List<DeadlineView> reassign(DeadlineSubject subject, UserId assignee, UUID teamId);

	DeadlineView get(DeadlineId id);

	/** The subject's deadlines in due-date order; 404 when they all lie outside the caller's scope. */
	List<DeadlineView> of(DeadlineSubject subject);
}
