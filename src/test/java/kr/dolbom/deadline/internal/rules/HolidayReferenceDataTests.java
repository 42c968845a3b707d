package kr.dolbom.deadline.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Checks the public-holiday reference data of the migration against the substitute-holiday rule of
 * the 관공서의 공휴일에 관한 규정 §3, so that a mistyped or forgotten 대체공휴일 fails the build.
 */
class HolidayReferenceDataTests {

	private static final String MIGRATION = "/db/migration/common/deadline/V2__public_holidays_2025_2027.sql";

	/**
	 * §3②: these get a substitute day when they fall on a Saturday or a Sunday; 어린이날 also when it
	 * falls on another holiday (so 2025-05-05, 어린이날 and 부처님 오신 날 at once, gave one day: 05-06).
	 */
	private static final Set<String> SUBSTITUTED_ON_WEEKENDS = Set.of("3·1절", "광복절", "개천절", "한글날", "어린이날",
			"부처님 오신 날", "기독탄신일");

	/** §3①: 설·추석 연휴 get one when a day of the three falls on a Sunday or another holiday. */
	private static final List<Set<String>> SEASONS = List.of(Set.of("설날 전날", "설날", "설날 다음 날"),
			Set.of("추석 전날", "추석", "추석 다음 날"));

	record Row(LocalDate day, String name, String kind) {
	}

	private static List<Row> rows() throws IOException {
		String sql;
		try (var in = HolidayReferenceDataTests.class.getResourceAsStream(MIGRATION)) {
			sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		var matcher = Pattern.compile("\\(DATE '(\\d{4}-\\d{2}-\\d{2})', '([^']+)', '([A-Z]+)'\\)").matcher(sql);
		List<Row> rows = new ArrayList<>();
		while (matcher.find()) {
			rows.add(new Row(LocalDate.parse(matcher.group(1)), matcher.group(2), matcher.group(3)));
		}
		return rows;
	}

	@Test
	void everyYearHasTheFixedDateHolidays() throws IOException {
		var days = rows().stream().map(Row::day).toList();
		for (int year = 2025; year <= 2027; year++) {
			for (var monthDay : List.of("01-01", "03-01", "05-05", "06-06", "08-15", "10-03", "10-09", "12-25")) {
				assertThat(days).as("%d-%s", year, monthDay).contains(LocalDate.parse(year + "-" + monthDay));
			}
		}
	}

	@Test
	void substituteHolidaysFollowTheRegulation() throws IOException {
		var rows = rows();
		var holidays = new TreeSet<LocalDate>();
		rows.stream().filter(r -> !r.kind().equals("SUBSTITUTE")).forEach(r -> holidays.add(r.day()));
		var expected = new TreeSet<LocalDate>();
		for (var row : rows) {
			if (!SUBSTITUTED_ON_WEEKENDS.contains(row.name())) {
				continue;
			}
			boolean weekend = row.day().getDayOfWeek() == DayOfWeek.SATURDAY || row.day().getDayOfWeek() == DayOfWeek.SUNDAY;
			boolean sharedWithAnother = row.name().equals("어린이날") && rows.stream()
					.filter(r -> r.day().equals(row.day()) && !r.kind().equals("SUBSTITUTE")).count() > 1;
			if (weekend || sharedWithAnother) {
				expected.add(firstWorkingDayAfter(row.day(), holidays, expected));
			}
		}
		for (var season : SEASONS) {
			for (int year = 2025; year <= 2027; year++) {
				int y = year;
				var days = rows.stream().filter(r -> season.contains(r.name()) && r.day().getYear() == y).map(Row::day)
						.sorted().toList();
				boolean overlaps = days.stream().anyMatch(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY
						|| rows.stream().filter(r -> r.day().equals(d)).count() > 1);
				if (overlaps) {
					expected.add(firstWorkingDayAfter(days.get(days.size() - 1), holidays, expected));
				}
			}
		}
		var listed = new TreeSet<LocalDate>();
		rows.stream().filter(r -> r.kind().equals("SUBSTITUTE")).forEach(r -> listed.add(r.day()));
		// 제헌절 is left out of the rule above: whether it gets a substitute day is not yet settled
		// (see the migration), so 2027-07-19 is not listed.
		assertThat(listed).isEqualTo(expected);
	}

	private static LocalDate firstWorkingDayAfter(LocalDate day, Set<LocalDate> holidays, Set<LocalDate> substitutes) {
		var next = day.plusDays(1);
		while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY
				|| holidays.contains(next) || substitutes.contains(next)) {
			next = next.plusDays(1);
		}
		return next;
	}
}
