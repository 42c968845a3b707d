package kr.dolbom.deadline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Deadline compliance for dashboards (domain.md §10 "deadline compliance per step"). Aggregates
 * only; the caller decides which offices the user may see.
 */
public interface DeadlineStatistics {

	/**
	 * Per office and step, the deadlines settled in the period (both ends included): steps done in
	 * it, on time or late, and steps still open whose due date fell in it and has passed by
	 * {@code today}. Cancelled deadlines and open ones not yet due are left out.
	 */
	List<StepCompliance> compliance(Collection<String> officeCodes, LocalDate from, LocalDate to, LocalDate today);

	/** Open deadlines past due on {@code today}, per office, step and assignee (null: nobody assigned). */
	List<OverdueCount> overdue(Collection<String> officeCodes, LocalDate today);

	record StepCompliance(String officeCode, Step step, long onTime, long late, long overdue) {

		public long due() {
			return onTime + late + overdue;
		}
	}

	record OverdueCount(String officeCode, Step step, UUID assigneeId, long count) {
	}
}
