package kr.dolbom.deadline;

/** How a deadline's period is counted (domain.md §5; 민법 §157, §160, §161). */
public enum PeriodUnit {
	/** Saturdays, Sundays, public holidays and local closures are skipped. */
	WORKING_DAYS,
	/** Calendar days; a period ending on a day off ends on the next working day (민법 §161). */
	CALENDAR_DAYS,
	/** Calendar months (민법 §160); a period ending on a day off ends on the next working day. */
	MONTHS;

	public String messageKey() {
		return "deadline.unit." + name();
	}
}
