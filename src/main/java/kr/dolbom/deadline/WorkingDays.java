package kr.dolbom.deadline;

import java.time.LocalDate;

/** Working-day arithmetic for other modules, with the calendar of an office (reference data, no scope). */
public interface WorkingDays {

	WorkingDayCalendar calendarOf(String officeCode);

	/** The date {@code amount} units after {@code anchor}, counted as domain.md §5 says (민법 §157, §160, §161). */
	LocalDate after(String officeCode, LocalDate anchor, int amount, PeriodUnit unit);
}
