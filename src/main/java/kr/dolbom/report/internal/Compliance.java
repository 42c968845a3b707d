package kr.dolbom.report.internal;

import kr.dolbom.deadline.DeadlineStatistics.StepCompliance;

/**
 * Deadlines settled in a period: steps done in it on time or late, and steps whose due date fell in
 * it and that are still open. The rate is the share done on time (domain.md §5: a step done after
 * its due date is late even when done).
 */
public record Compliance(long onTime, long late, long overdue) {

	public static final Compliance NONE = new Compliance(0, 0, 0);

	static Compliance of(StepCompliance row) {
		return new Compliance(row.onTime(), row.late(), row.overdue());
	}

	Compliance plus(Compliance other) {
		return new Compliance(onTime + other.onTime, late + other.late, overdue + other.overdue);
	}

	public long due() {
		return onTime + late + overdue;
	}

	/** Whole percent met on time, or null when nothing fell due (no rate rather than a misleading 100 %). */
	public Integer ratePercent() {
		return due() == 0 ? null : (int) Math.round(100.0 * onTime / due());
	}
}
