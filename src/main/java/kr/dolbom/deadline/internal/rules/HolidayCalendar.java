package kr.dolbom.deadline.internal.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import kr.dolbom.deadline.WorkingDayCalendar;

/**
 * Weekends plus a set of closed days (public holidays of the reference data, nationwide and local
 * closures) for the years whose holidays are known.
 */
public final class HolidayCalendar implements WorkingDayCalendar {

	private final Set<LocalDate> closedDays;
	private final Set<Integer> knownYears;

	public HolidayCalendar(Set<LocalDate> closedDays, Set<Integer> knownYears) {
		this.closedDays = Set.copyOf(closedDays);
		this.knownYears = Set.copyOf(knownYears);
	}

	/** Only Saturdays and Sundays are days off. */
	public static HolidayCalendar weekendsOnly() {
		return new HolidayCalendar(Set.of(), Set.of());
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		var weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !closedDays.contains(day);
	}

	@Override
	public boolean knowsHolidaysOf(int year) {
		return knownYears.contains(year);
	}
}
