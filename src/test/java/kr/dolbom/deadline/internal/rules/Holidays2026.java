package kr.dolbom.deadline.internal.rules;

import java.time.LocalDate;
import java.util.Set;

/**
 * The public holidays of 2026 as in the reference data (db/migration/common/deadline/V2): 관공서의
 * 공휴일에 관한 규정 §2, §3 and 공휴일에 관한 법률 §2 (제헌절 again from 2026, 지방선거 6/3).
 */
final class Holidays2026 {

	static final Set<LocalDate> DAYS = Set.of(
			LocalDate.of(2026, 1, 1),
			LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18), // 설날
			LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), // 3·1절 (Sunday) + 대체공휴일
			LocalDate.of(2026, 5, 5), // 어린이날
			LocalDate.of(2026, 5, 24), LocalDate.of(2026, 5, 25), // 부처님 오신 날 (Sunday) + 대체공휴일
			LocalDate.of(2026, 6, 3), // 제9회 전국동시지방선거
			LocalDate.of(2026, 6, 6), // 현충일 (Saturday, no substitute)
			LocalDate.of(2026, 7, 17), // 제헌절
			LocalDate.of(2026, 8, 15), LocalDate.of(2026, 8, 17), // 광복절 (Saturday) + 대체공휴일
			LocalDate.of(2026, 9, 24), LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 26), // 추석
			LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 5), // 개천절 (Saturday) + 대체공휴일
			LocalDate.of(2026, 10, 9), // 한글날
			LocalDate.of(2026, 12, 25)); // 기독탄신일

	static HolidayCalendar calendar() {
		return new HolidayCalendar(DAYS, Set.of(2026));
	}

	private Holidays2026() {
	}
}
