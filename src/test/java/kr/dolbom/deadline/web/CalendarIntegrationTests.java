package kr.dolbom.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.deadline.DeadlineFixtures;
import kr.dolbom.deadline.WorkingDays;
import kr.dolbom.org.DemoOrg;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * The working-day calendar: public holidays per year, local closures (a 시군구's closure applies
 * to all its 읍면동) and who may add them.
 */
@DolbomIntegrationTest
class CalendarIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	Clock clock;

	/** A Wednesday weeks ahead, a working day (as are its neighbours) in all three offices. */
	private LocalDate closed() {
		return DeadlineFixtures.quietWednesday(workingDays, LocalDate.now(clock), DemoOrg.OFFICE, DemoOrg.SECOND_OFFICE,
				DemoOrg.OTHER_OFFICE);
	}

	private String due(String username, String office, LocalDate from, int amount, String unit) {
		var response = api.as(username)
				.get("/api/v1/calendar/due-date?office=" + office + "&from=" + from + "&amount=" + amount + "&unit=" + unit);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("dueOn").asString();
	}

	private Api.Response addClosure(String username, String unit, LocalDate day, String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("orgUnitCode", unit);
		body.put("day", day == null ? null : day.toString());
		body.put("name", name);
		return api.as(username).post("/api/v1/calendar/closures", body);
	}

	@Test
	void theYearShowsItsHolidaysIncludingSubstituteAndElectionDays() {
		var year = api.as("demo.worker").get("/api/v1/calendar/2026").json();
		assertThat(year.get("holidaysKnown").asBoolean()).isTrue();
		var days = new ArrayList<String>();
		year.get("holidays").forEach(h -> days.add(h.get("day").asString() + " " + h.get("name").asString()));
		assertThat(days).contains("2026-03-02 대체공휴일(3·1절)", "2026-06-03 제9회 전국동시지방선거일",
				"2026-09-25 추석", "2026-10-05 대체공휴일(개천절)", "2026-07-17 제헌절");
		assertThat(api.as("demo.worker").get("/api/v1/calendar/2099").json().get("holidaysKnown").asBoolean()).isFalse();
	}

	@Test
	void dueDatesSkipHolidaysOfTheOffice() {
		assertThat(due("demo.worker", DemoOrg.OFFICE, LocalDate.of(2026, 2, 27), 1, "WORKING_DAYS")).isEqualTo("2026-03-03");
		assertThat(due("demo.worker", DemoOrg.OFFICE, LocalDate.of(2026, 3, 31), 6, "MONTHS")).isEqualTo("2026-09-30");
		var notAnOffice = api.as("demo.worker")
				.get("/api/v1/calendar/due-date?office=4415000000&from=2026-02-27&amount=1&unit=WORKING_DAYS");
		assertThat(notAnOffice.status()).isEqualTo(422);
	}

	@Test
	void aDistrictClosureAppliesToAllItsOfficesOnly() {
		var closedOn = closed();
		var thursday = closedOn.plusDays(1).toString();
		assertThat(due("demo.worker", DemoOrg.OFFICE, closedOn.minusDays(1), 1, "WORKING_DAYS")).isEqualTo(closedOn.toString());
		var added = addClosure("demo.district", DemoOrg.DISTRICT, closedOn, "시청 전산 이전");
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		try {
			assertThat(due("demo.worker", DemoOrg.OFFICE, closedOn.minusDays(1), 1, "WORKING_DAYS")).isEqualTo(thursday);
			assertThat(due("demo.worker", DemoOrg.SECOND_OFFICE, closedOn.minusDays(1), 1, "WORKING_DAYS"))
					.isEqualTo(thursday);
			// 부여군 is another 시군구
			assertThat(due("demo.other", DemoOrg.OTHER_OFFICE, closedOn.minusDays(1), 1, "WORKING_DAYS"))
					.isEqualTo(closedOn.toString());

			var year = api.as("demo.worker").get("/api/v1/calendar/" + closedOn.getYear()).json();
			assertThat(year.get("closures").toString()).contains("시청 전산 이전");
			assertThat(api.as("demo.other").get("/api/v1/calendar/" + closedOn.getYear()).json().get("closures").toString())
					.doesNotContain("시청 전산 이전");

			var duplicate = addClosure("demo.district", DemoOrg.DISTRICT, closedOn, "다시");
			assertThat(duplicate.status()).isEqualTo(422);
			assertThat(duplicate.json().get("errors").get(0).get("message").asString())
					.isEqualTo("이 조직에 같은 날의 휴무일이 이미 등록되어 있습니다.");
		}
		finally {
			var removed = api.as("demo.district").perform(delete("/api/v1/calendar/closures/" + added.json().get("id").asString()));
			assertThat(removed.status()).isEqualTo(204);
		}
		assertThat(due("demo.worker", DemoOrg.OFFICE, closedOn.minusDays(1), 1, "WORKING_DAYS")).isEqualTo(closedOn.toString());
	}

	@Test
	void closuresAreForTheAdministratorAndTheDistrictSupportGroupOfTheirDistrict() {
		var closedOn = closed();
		// a social worker of the office: in scope, wrong role
		assertThat(addClosure("demo.worker", DemoOrg.OFFICE, closedOn, "행사").status()).isEqualTo(403);
		// the 희망복지지원단 of 공주시 for 부여군: outside its scope
		assertThat(addClosure("demo.district", DemoOrg.OTHER_DISTRICT, closedOn, "행사").status()).isEqualTo(404);
		// … for the whole 충청남도: visible, but not its unit
		assertThat(addClosure("demo.district", DemoOrg.PROVINCE, closedOn, "행사").status()).isEqualTo(403);
		// nationwide days are the administrator's
		assertThat(addClosure("demo.district", null, closedOn, "임시공휴일").status()).isEqualTo(403);

		var nationwide = addClosure("demo.admin", null, closedOn, "임시공휴일");
		assertThat(nationwide.status()).as(nationwide.body()).isEqualTo(201);
		try {
			assertThat(nationwide.json().get("nationwide").asBoolean()).isTrue();
			assertThat(due("demo.other", DemoOrg.OTHER_OFFICE, closedOn.minusDays(1), 1, "WORKING_DAYS"))
					.isEqualTo(closedOn.plusDays(1).toString());
			// the district cannot remove the administrator's nationwide day
			var byDistrict = api.as("demo.district").perform(delete("/api/v1/calendar/closures/" + nationwide.json().get("id").asString()));
			assertThat(byDistrict.status()).isEqualTo(403);
		}
		finally {
			api.as("demo.admin").perform(delete("/api/v1/calendar/closures/" + nationwide.json().get("id").asString()));
		}
	}

	@Test
	void badClosuresAreRefusedWithKoreanMessages() {
		var closedOn = closed();
		var saturday = addClosure("demo.district", DemoOrg.DISTRICT, closedOn.plusDays(3), "행사");
		assertThat(saturday.status()).isEqualTo(422);
		assertThat(saturday.json().get("errors").get(0).get("message").asString())
				.isEqualTo("토요일과 일요일은 이미 쉬는 날입니다.");
		var noName = addClosure("demo.district", DemoOrg.DISTRICT, closedOn, " ");
		assertThat(noName.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
		var unknown = addClosure("demo.admin", "9999999999", closedOn, "행사");
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("orgUnitCode");
		var noDay = addClosure("demo.district", DemoOrg.DISTRICT, null, "행사");
		assertThat(noDay.json().get("errors").get(0).get("message").asString()).isEqualTo("휴무일을 입력하세요.");
		var tooFar = addClosure("demo.district", DemoOrg.DISTRICT, LocalDate.now(clock).plusYears(5), "행사");
		assertThat(tooFar.json().get("errors").get(0).get("field").asString()).isEqualTo("day");
	}

	@Test
	void aClosureOnAPublicHolidayIsRefused() {
		var today = LocalDate.now(clock);
		LocalDate holiday = null;
		String name = null;
		for (int year = today.getYear(); year <= today.getYear() + 2 && holiday == null; year++) {
			for (var h : api.as("demo.district").get("/api/v1/calendar/" + year).json().get("holidays")) {
				var day = LocalDate.parse(h.get("day").asString());
				if (day.isAfter(today) && day.getDayOfWeek().getValue() <= 5 && day.isBefore(today.plusYears(3))) {
					holiday = day;
					name = h.get("name").asString();
					break;
				}
			}
		}
		assumeTrue(holiday != null, "no weekday holiday ahead in the reference data: add the next years' holidays");
		var response = addClosure("demo.district", DemoOrg.DISTRICT, holiday, "행사");
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("이미 공휴일입니다: " + name);
	}
}
