package kr.dolbom.deadline.internal.rules;

import java.time.LocalDate;
import java.util.Objects;

import kr.dolbom.deadline.PeriodUnit;
import kr.dolbom.deadline.WorkingDayCalendar;

/**
 * Counting a period from an anchor day with an office's calendar (domain.md §5):
 * <ul>
 * <li>민법 §157: the anchor day itself is not counted.</li>
 * <li>Working days: "N working days after X" is the N-th working day after X; Saturdays, Sundays,
 * public holidays and closures are skipped.</li>
 * <li>Calendar days: the period ends N days after X (민법 §157).</li>
 * <li>Months (민법 §160): counted by the calendar from the day after X and ending on the day before
 * the corresponding day of the last month, or on that month's last day when it has no such day;
 * "6 months after 2026-03-31" ends on 2026-09-30.</li>
 * <li>민법 §161: a calendar-day or month period whose last day is a Saturday, Sunday or holiday
 * ends on the next working day.</li>
 * </ul>
 * A negative amount counts backwards ("starts 5 working days before the planned closure"); a
 * backward calendar or month period that lands on a day off moves to the working day before, so
 * that the step can still start in time. An amount of 0 is the anchor day itself ("the same day").
 */
public final class PeriodCounting {

	/** No office closes for ten years: a longer search means the calendar data is broken. */
	private static final int MAX_DAYS_SEARCHED = 3660;

	private final WorkingDayCalendar calendar;

	public PeriodCounting(WorkingDayCalendar calendar) {
		this.calendar = Objects.requireNonNull(calendar, "calendar");
	}

	public LocalDate after(LocalDate anchor, int amount, PeriodUnit unit) {
		Objects.requireNonNull(anchor, "anchor");
		if (amount == 0) {
			return anchor;
		}
		return switch (unit) {
			case WORKING_DAYS -> workingDaysAfter(anchor, amount);
			case CALENDAR_DAYS -> amount > 0 ? nextWorkingDayOnOrAfter(anchor.plusDays(amount))
					: previousWorkingDayOnOrBefore(anchor.plusDays(amount));
			case MONTHS -> amount > 0 ? nextWorkingDayOnOrAfter(endOfMonthPeriod(anchor, amount))
					: previousWorkingDayOnOrBefore(anchor.minusMonths(-amount));
		};
	}

	/** The N-th working day after (N &gt; 0) or before (N &lt; 0) the anchor, which is not counted. */
	public LocalDate workingDaysAfter(LocalDate anchor, int n) {
		int step = n > 0 ? 1 : -1;
		int remaining = Math.abs(n);
		var day = anchor;
		int searched = 0;
		while (remaining > 0) {
			day = day.plusDays(step);
			if (calendar.isWorkingDay(day)) {
				remaining--;
			}
			if (++searched > MAX_DAYS_SEARCHED) {
				throw new IllegalStateException("no working day found within ten years of " + anchor);
			}
		}
		return day;
	}

	/**
	 * 민법 §160: the last day of a period of {@code months} months counted from the day after the
	 * anchor (§157), before §161 moves it off a day off.
	 */
	public static LocalDate endOfMonthPeriod(LocalDate anchor, int months) {
		var start = anchor.plusDays(1);
		var corresponding = start.plusMonths(months);
		if (corresponding.getDayOfMonth() == start.getDayOfMonth()) {
			return corresponding.minusDays(1); // §160②: the day before the corresponding day
		}
		return corresponding; // §160③: no corresponding day, so the month's last day (plusMonths clamps to it)
	}

	/** 민법 §161: a period that ends on a day off ends on the next working day. */
	public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
		return search(day, 1);
	}

	public LocalDate previousWorkingDayOnOrBefore(LocalDate day) {
		return search(day, -1);
	}

	private LocalDate search(LocalDate from, int step) {
		var day = from;
		int searched = 0;
		while (!calendar.isWorkingDay(day)) {
			day = day.plusDays(step);
			if (++searched > MAX_DAYS_SEARCHED) {
				throw new IllegalStateException("no working day found within ten years of " + from);
			}
		}
		return day;
	}
}
