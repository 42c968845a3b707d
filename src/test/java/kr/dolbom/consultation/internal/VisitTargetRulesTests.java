package kr.dolbom.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** manual 1-2 ③ "65세·70세 도래 어르신 명단": who reaches the age in a month, counted as Korean law counts age. */
class VisitTargetRulesTests {

	@Test
	void aPersonReachesTheAgeOnTheirBirthday() {
		assertThat(VisitTargetRules.reachesAge(LocalDate.of(1961, 12, 14), 65)).isEqualTo(LocalDate.of(2026, 12, 14));
		assertThat(VisitTargetRules.reachesAgeIn(LocalDate.of(1961, 12, 1), 65, YearMonth.of(2026, 12))).isTrue();
		assertThat(VisitTargetRules.reachesAgeIn(LocalDate.of(1961, 12, 31), 65, YearMonth.of(2026, 12))).isTrue();
		assertThat(VisitTargetRules.reachesAgeIn(LocalDate.of(1961, 11, 30), 65, YearMonth.of(2026, 12))).isFalse();
		assertThat(VisitTargetRules.reachesAgeIn(LocalDate.of(1962, 1, 1), 65, YearMonth.of(2026, 12))).isFalse();
		assertThat(VisitTargetRules.reachesAgeIn(LocalDate.of(1956, 12, 5), 70, YearMonth.of(2026, 12))).isTrue();
	}

	@Test
	void bornOnTheTwentyNinthOfFebruaryReachesTheAgeOnTheFirstOfMarchInACommonYear() {
		// 민법 §160 ③: no corresponding day in the last month → the period ends on the month's last day (28 Feb)
		assertThat(VisitTargetRules.reachesAge(LocalDate.of(1960, 2, 29), 65)).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(VisitTargetRules.reachesAgeIn(LocalDate.of(1960, 2, 29), 65, YearMonth.of(2025, 3))).isTrue();
		assertThat(VisitTargetRules.reachesAgeIn(LocalDate.of(1960, 2, 29), 65, YearMonth.of(2025, 2))).isFalse();
		// in a leap year the birthday exists
		assertThat(VisitTargetRules.reachesAge(LocalDate.of(1963, 2, 28), 65)).isEqualTo(LocalDate.of(2028, 2, 28));
		assertThat(VisitTargetRules.reachesAge(LocalDate.of(1964, 2, 29), 64)).isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void theSearchedBirthDatesCoverEveryoneReachingTheAgeInTheMonth() {
		var month = YearMonth.of(2025, 3);
		var range = VisitTargetRules.birthDateRange(65, month);
		for (var d = LocalDate.of(1959, 12, 1); d.isBefore(LocalDate.of(1960, 6, 1)); d = d.plusDays(1)) {
			if (VisitTargetRules.reachesAgeIn(d, 65, month)) {
				assertThat(d).isAfterOrEqualTo(range[0]).isBefore(range[1]);
			}
		}
	}
}
