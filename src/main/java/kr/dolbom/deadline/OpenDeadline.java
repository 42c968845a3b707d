package kr.dolbom.deadline;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import kr.dolbom.org.UserId;

/**
 * A request to open the deadline of a step. {@code anchors} carries the date of every event the
 * caller knows (at least the ones the step's rule counts from: {@link Step#PLAN} needs
 * {@link AnchorEvent#SELECTION} and {@link AnchorEvent#INTAKE}). {@code officeCode} is the 읍면동
 * whose scope the deadline falls in; {@code assignee}, {@code teamId} and {@code personId} are
 * optional.
 */
public record OpenDeadline(DeadlineSubject subject, Step step, StepVariant variant, Map<AnchorEvent, LocalDate> anchors,
		String officeCode, UserId assignee, UUID teamId, UUID personId) {

	public OpenDeadline {
		variant = variant == null ? StepVariant.STANDARD : variant;
		var known = new EnumMap<AnchorEvent, LocalDate>(AnchorEvent.class);
		if (anchors != null) {
			anchors.forEach((event, date) -> {
				if (event != null && date != null) { // an event without a date is one the caller does not know
					known.put(event, date);
				}
			});
		}
		anchors = Collections.unmodifiableMap(known);
	}

	/** The usual case: one anchor date, the standard variant. */
	public static OpenDeadline of(DeadlineSubject subject, Step step, AnchorEvent event, LocalDate date,
			String officeCode) {
		var anchors = new EnumMap<AnchorEvent, LocalDate>(AnchorEvent.class);
		anchors.put(event, date);
		return new OpenDeadline(subject, step, StepVariant.STANDARD, anchors, officeCode, null, null, null);
	}

	public OpenDeadline withVariant(StepVariant value) {
		return new OpenDeadline(subject, step, value, anchors, officeCode, assignee, teamId, personId);
	}

	public OpenDeadline withAnchor(AnchorEvent event, LocalDate date) {
		var copy = new EnumMap<AnchorEvent, LocalDate>(AnchorEvent.class);
		copy.putAll(anchors);
		copy.put(event, date);
		return new OpenDeadline(subject, step, variant, copy, officeCode, assignee, teamId, personId);
	}

	public OpenDeadline assignedTo(UserId user, UUID team) {
		return new OpenDeadline(subject, step, variant, anchors, officeCode, user, team, personId);
	}

	public OpenDeadline forPerson(UUID person) {
		return new OpenDeadline(subject, step, variant, anchors, officeCode, assignee, teamId, person);
	}
}
