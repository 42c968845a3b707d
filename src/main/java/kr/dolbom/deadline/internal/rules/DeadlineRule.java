package kr.dolbom.deadline.internal.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import kr.dolbom.deadline.AnchorEvent;
import kr.dolbom.deadline.Step;
import kr.dolbom.deadline.StepVariant;
import kr.dolbom.deadline.WorkingDayCalendar;

/**
 * One version of the rule of a step: the due date is {@code term} after its anchor event, and when
 * there is a {@code cap}, never later than the cap ("15 working days after selection and never later
 * than 30 days after intake", domain.md §5 and 사회보장급여법 §9③). A version applies to deadlines
 * whose anchor date is on or after {@code effectiveFrom} until a later version takes over.
 */
public record DeadlineRule(UUID id, Step step, StepVariant variant, int version, RuleTerm term, RuleTerm cap,
		LocalDate effectiveFrom, String note, OffsetDateTime createdAt, String createdBy) {

	public DeadlineRule {
		Objects.requireNonNull(step, "step");
		Objects.requireNonNull(variant, "variant");
		Objects.requireNonNull(term, "term");
		Objects.requireNonNull(effectiveFrom, "effectiveFrom");
	}

	/** The anchor events whose dates are needed to compute a due date. */
	public List<AnchorEvent> requiredAnchors() {
		List<AnchorEvent> events = new ArrayList<>();
		events.add(term.anchor());
		if (cap != null && cap.anchor() != term.anchor()) {
			events.add(cap.anchor());
		}
		return events;
	}

	/** @throws IllegalArgumentException when an anchor the rule needs is missing */
	public LocalDate dueDate(Map<AnchorEvent, LocalDate> anchors, WorkingDayCalendar calendar) {
		var due = term.dueDate(required(anchors, term.anchor()), calendar);
		if (cap != null) {
			var capped = cap.dueDate(required(anchors, cap.anchor()), calendar);
			if (capped.isBefore(due)) {
				return capped;
			}
		}
		return due;
	}

	private static LocalDate required(Map<AnchorEvent, LocalDate> anchors, AnchorEvent event) {
		var date = anchors.get(event);
		if (date == null) {
			throw new IllegalArgumentException("missing anchor " + event);
		}
		return date;
	}

	/** Whether this version is in force for an anchor date (ignoring later versions). */
	public boolean appliesFrom(LocalDate anchorDate) {
		return !effectiveFrom.isAfter(anchorDate);
	}

	/**
	 * The version in force for an anchor date among the versions of one rule: the latest effective
	 * date on or before it, and of several versions effective on the same day the newest.
	 */
	public static Optional<DeadlineRule> inForce(List<DeadlineRule> versions, LocalDate anchorDate) {
		return versions.stream()
				.filter(rule -> rule.appliesFrom(anchorDate))
				.max(Comparator.comparing(DeadlineRule::effectiveFrom).thenComparingInt(DeadlineRule::version));
	}
}
