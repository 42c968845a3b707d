package kr.dolbom.deadline.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.dolbom.deadline.PeriodUnit;

/**
 * Counting rules of domain.md §5 with the real public holidays of 2026. Each test names the rule
 * and cites its source: 민법 §157 (the anchor day is not counted), §160 (periods in months), §161
 * (a period ending on a Saturday or holiday ends on the next day), 관공서의 공휴일에 관한 규정 §3
 * (substitute holidays).
 */
class PeriodCountingTests {

	private final PeriodCounting counting = new PeriodCounting(Holidays2026.calendar());

	private static LocalDate day(int month, int dayOfMonth) {
		return LocalDate.of(2026, month, dayOfMonth);
	}

	@Test
	void theAnchorDayIsNotCounted() {
		// 민법 §157: 5 working days after Monday 2026-11-02 are Tue–Fri and the next Monday
		assertThat(counting.after(day(11, 2), 5, PeriodUnit.WORKING_DAYS)).isEqualTo(day(11, 9));
		assertThat(counting.after(day(11, 2), 1, PeriodUnit.WORKING_DAYS)).isEqualTo(day(11, 3));
	}

	@Test
	void nWorkingDaysAfterXIsTheNthWorkingDayAfterX() {
		// domain.md §5: Saturdays and Sundays are skipped — Thursday + 2 working days is Monday
		assertThat(counting.workingDaysAfter(day(11, 19), 2)).isEqualTo(day(11, 23));
		// 10 working days after Thursday 2026-11-12 (assessment, domain.md §4.4)
		assertThat(counting.after(day(11, 12), 10, PeriodUnit.WORKING_DAYS)).isEqualTo(day(11, 26));
	}

	@Test
	void workingDaysSkipTheLunarNewYearHolidays() {
		// 설날 2026-02-16..18 (Mon–Wed) after a weekend: Fri 02-13 + 5 → 02-19, 20, 23, 24, 25
		assertThat(counting.after(day(2, 13), 5, PeriodUnit.WORKING_DAYS)).isEqualTo(day(2, 25));
	}

	@Test
	void workingDaysSkipASubstituteHoliday() {
		// 관공서의 공휴일에 관한 규정 §3: 3·1절 2026 is a Sunday, so Monday 03-02 is a holiday too
		assertThat(counting.after(day(2, 27), 1, PeriodUnit.WORKING_DAYS)).isEqualTo(day(3, 3));
		// 부처님 오신 날 (Sun 05-24) → 대체공휴일 Mon 05-25, and 지방선거 Wed 06-03 is a holiday
		assertThat(counting.after(day(5, 20), 10, PeriodUnit.WORKING_DAYS)).isEqualTo(day(6, 5));
	}

	@Test
	void anAnchorOnAHolidayCountsFromTheNextWorkingDay() {
		// 개천절 Sat 10-03, its 대체공휴일 Mon 10-05: the first working day after 10-03 is Tue 10-06
		assertThat(counting.after(day(10, 3), 1, PeriodUnit.WORKING_DAYS)).isEqualTo(day(10, 6));
	}

	@Test
	void aCalendarDayPeriodThatEndsOnAWorkingDayEndsThere() {
		// 민법 §157: 30 days after Monday 07-06 is Wednesday 08-05
		assertThat(counting.after(day(7, 6), 30, PeriodUnit.CALENDAR_DAYS)).isEqualTo(day(8, 5));
	}

	@Test
	void aCalendarDayPeriodEndingOnAHolidayEndsOnTheNextWorkingDay() {
		// 민법 §161: 30 days after 07-16 is 광복절 Sat 08-15; Sunday, then 대체공휴일 Mon 08-17 → Tue 08-18
		assertThat(counting.after(day(7, 16), 30, PeriodUnit.CALENDAR_DAYS)).isEqualTo(day(8, 18));
		// the 60-day notice (사회보장급여법 §9③): 08-04 + 60 = 개천절 Sat 10-03 → Tue 10-06
		assertThat(counting.after(day(8, 4), 60, PeriodUnit.CALENDAR_DAYS)).isEqualTo(day(10, 6));
	}

	@Test
	void aCalendarDayPeriodEndingOnASundayEndsOnMonday() {
		// 민법 §161: 10 days after Thursday 11-12 is Sunday 11-22 → Monday 11-23
		assertThat(counting.after(day(11, 12), 10, PeriodUnit.CALENDAR_DAYS)).isEqualTo(day(11, 23));
	}

	@Test
	void sixMonthsAfterMarch31IsSeptember30() {
		// domain.md §5 and 민법 §160②: counted from 04-01, ending the day before 10-01
		assertThat(PeriodCounting.endOfMonthPeriod(day(3, 31), 6)).isEqualTo(day(9, 30));
		assertThat(counting.after(day(3, 31), 6, PeriodUnit.MONTHS)).isEqualTo(day(9, 30));
	}

	@Test
	void aMonthPeriodWithoutTheCorrespondingDayEndsOnTheLastDayOfTheMonth() {
		// 민법 §160③: 1 month from 01-31 (the day after 01-30) ends on 02-28, as February has no 31st
		assertThat(PeriodCounting.endOfMonthPeriod(day(1, 30), 1)).isEqualTo(day(2, 28));
		// … 02-28 is a Saturday, 03-01 (Sun) 3·1절, 03-02 대체공휴일: §161 moves it to Tue 03-03
		assertThat(counting.after(day(1, 30), 1, PeriodUnit.MONTHS)).isEqualTo(day(3, 3));
	}

	@Test
	void aMonthPeriodStartingOnTheFirstOfAMonthEndsOnItsLastDay() {
		// 민법 §160②: from 03-01 (the day after 02-28) one month ends on 03-31, not 03-28
		assertThat(PeriodCounting.endOfMonthPeriod(day(2, 28), 1)).isEqualTo(day(3, 31));
	}

	@Test
	void aMonthPeriodEndingOnASubstituteHolidayEndsOnTheNextWorkingDay() {
		// 3 months counted from 05-18 end on 08-17, the 대체공휴일 of 광복절 → 민법 §161: 08-18
		assertThat(counting.after(day(5, 17), 3, PeriodUnit.MONTHS)).isEqualTo(day(8, 18));
	}

	@Test
	void followUpsAreSixAndTwelveMonthsAfterClosure() {
		// domain.md §4.10: a case closed on Friday 2026-01-30
		assertThat(counting.after(day(1, 30), 6, PeriodUnit.MONTHS)).isEqualTo(day(7, 30));
		// 12 months end on Saturday 2027-01-30, so 민법 §161 moves the second follow-up to Monday 02-01
		var weekendsOnly = new PeriodCounting(HolidayCalendar.weekendsOnly());
		assertThat(weekendsOnly.after(day(1, 30), 12, PeriodUnit.MONTHS)).isEqualTo(LocalDate.of(2027, 2, 1));
	}

	@Test
	void aStepThatStartsBeforeItsAnchorCountsWorkingDaysBackwards() {
		// domain.md §4.9: the closure procedure starts 5 working days before a planned closure on
		// Monday 10-12 — skipping 한글날 (Fri 10-09) and the 대체공휴일 of 개천절 (Mon 10-05)
		assertThat(counting.after(day(10, 12), -5, PeriodUnit.WORKING_DAYS)).isEqualTo(day(10, 1));
	}

	@Test
	void zeroMeansTheSameDay() {
		// domain.md §5: intake is due the same day as the request
		assertThat(counting.after(day(11, 25), 0, PeriodUnit.WORKING_DAYS)).isEqualTo(day(11, 25));
	}

	@Test
	void aLocalClosureIsNotAWorkingDay() {
		// domain.md §5: local closures are skipped like holidays
		var days = new HashSet<>(Holidays2026.DAYS);
		days.add(day(11, 24));
		var withClosure = new PeriodCounting(new HolidayCalendar(days, Set.of(2026)));
		assertThat(withClosure.after(day(11, 23), 1, PeriodUnit.WORKING_DAYS)).isEqualTo(day(11, 25));
		assertThat(counting.after(day(11, 23), 1, PeriodUnit.WORKING_DAYS)).isEqualTo(day(11, 24));
	}

	@Test
	void aYearWithoutHolidayDataSkipsOnlyWeekends() {
		var calendar = Holidays2026.calendar();
		assertThat(calendar.knowsHolidaysOf(2026)).isTrue();
		assertThat(calendar.knowsHolidaysOf(2028)).isFalse();
		// 2028-01-03 is a Monday; without data 2028-01-01 would not be a holiday either way
		assertThat(counting.after(LocalDate.of(2027, 12, 31), 1, PeriodUnit.WORKING_DAYS)).isEqualTo(LocalDate.of(2028, 1, 3));
	}

	@Test
	void aCalendarWithoutWorkingDaysIsAnErrorNotAnEndlessLoop() {
		var closedForever = new PeriodCounting(new kr.dolbom.deadline.WorkingDayCalendar() {
			@Override
			public boolean isWorkingDay(LocalDate day) {
				return false;
			}

			@Override
			public boolean knowsHolidaysOf(int year) {
				return true;
			}
		});
		assertThatThrownBy(() -> closedForever.after(day(1, 5), 1, PeriodUnit.WORKING_DAYS))
				.isInstanceOf(IllegalStateException.class);
	}
}
