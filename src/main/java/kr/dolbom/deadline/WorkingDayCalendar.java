package kr.dolbom.deadline;

import java.time.LocalDate;

/**
 * The working days of one 읍면동: every day except Saturdays, Sundays, public holidays (including
 * substitute and election holidays) and the local closures of the office, its 시군구 and 시도.
 */
public interface WorkingDayCalendar {

	boolean isWorkingDay(LocalDate day);

	/**
	 * Whether the public holidays of the year are in the reference data. For a year that is not,
	 * only weekends and closures are skipped, which can only make a due date earlier, never later.
	 */
	boolean knowsHolidaysOf(int year);
}
