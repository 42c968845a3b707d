package kr.dolbom.consultation.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * When a person reaches an age (65세·70세 도래자, manual 1-2 ③). Korean law counts age from the day of birth
 * (민법 §158) and a period in years ends the day before the corresponding day (§160 ②); when that day does
 * not exist the period ends on the last day of the month (§160 ③). So a person born on 29 February reaches
 * the age on 1 March in a common year, and everyone else on their birthday.
 */
public final class VisitTargetRules {

	private VisitTargetRules() {
	}

	public static LocalDate reachesAge(LocalDate birthDate, int age) {
		var anniversary = birthDate.plusYears(age);
		if (birthDate.getMonth() == Month.FEBRUARY && birthDate.getDayOfMonth() == 29
				&& anniversary.getDayOfMonth() == 28) {
			return anniversary.plusDays(1);
		}
		return anniversary;
	}

	/** Whether the person reaches the age within the month. */
	public static boolean reachesAgeIn(LocalDate birthDate, int age, YearMonth month) {
		return YearMonth.from(reachesAge(birthDate, age)).equals(month);
	}

	/**
	 * Birth dates to search: a superset of those reaching the age in the month (one day earlier for
	 * 29 February); {@link #reachesAgeIn} decides. {@code [0]} inclusive, {@code [1]} exclusive.
	 */
	public static LocalDate[] birthDateRange(int age, YearMonth month) {
		return new LocalDate[] { month.atDay(1).minusYears(age).minusDays(1), month.plusMonths(1).atDay(1).minusYears(age) };
	}
}
