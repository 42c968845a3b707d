package kr.dolbom.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.consultation.MonitorConsultations;
import kr.dolbom.org.DemoOrg;
import kr.dolbom.people.HouseholdId;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Monitor consultations (manual 1-2 ③ 모니터 상담: "점검 대상가구의 경우, 대상가구 특성에 따라 모니터 상담
 * 주기수립 후 실시"): a cycle per household, the households due in an office and month, and a
 * consultation moves the next due date one cycle on.
 */
@DolbomIntegrationTest
class MonitorConsultationIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	Clock clock;

	@Autowired
	MonitorConsultations monitorConsultations;

	private OutreachDeskFixtures fixtures() {
		return new OutreachDeskFixtures(api);
	}

	private static List<String> households(JsonNode list) {
		List<String> ids = new ArrayList<>();
		list.forEach(item -> ids.add(item.get("householdId").asString()));
		return ids;
	}

	private Map<String, Object> consultation(String personId, LocalDate date) {
		Map<String, Object> body = new HashMap<>();
		body.put("personId", personId);
		body.put("date", date.toString());
		body.put("method", "VISIT");
		body.put("livingSafe", true);
		body.put("indoorMembersOk", true);
		body.put("servicesDelivered", true);
		body.put("satisfaction", 4);
		body.put("reentryNeeded", false);
		body.put("summary", "난방 상태 양호, 기초연금 정상 수급");
		return body;
	}

	@Test
	void aHouseholdIsDueInTheMonthOfItsNextDueDateUntilTheConsultationMovesItOneCycleOn() {
		var resident = fixtures().resident("모니터대상");
		var today = LocalDate.now(clock);
		var nextMonth = YearMonth.from(today).plusMonths(1);
		var set = api.as("demo.worker").put("/api/v1/households/{id}/monitor-cycle",
				Map.of("personId", resident.personId(), "cycleMonths", 3, "nextDueOn", nextMonth.atDay(10).toString()),
				resident.householdId());
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		assertThat(set.json().get("cycleMonths").asInt()).isEqualTo(3);

		var dueNextMonth = api.as("demo.worker").get("/api/v1/monitor-cycles/due?office={o}&month={m}", DemoOrg.OFFICE,
				nextMonth.toString());
		assertThat(dueNextMonth.status()).isEqualTo(200);
		assertThat(households(dueNextMonth.json())).contains(resident.householdId());
		assertThat(households(api.as("demo.worker").get("/api/v1/monitor-cycles/due?office={o}&month={m}", DemoOrg.OFFICE,
				YearMonth.from(today).toString()).json())).doesNotContain(resident.householdId());
		// the module API for the outreach visit lists gives the same answer
		assertThat(monitorConsultations.householdsDue(DemoOrg.OFFICE, nextMonth))
				.anyMatch(d -> d.householdId().equals(HouseholdId.of(resident.householdId())) && d.cycleMonths() == 3);

		var recorded = api.as("demo.worker").post("/api/v1/monitor-consultations", consultation(resident.personId(), today));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		assertThat(recorded.json().get("cycle").get("nextDueOn").asString()).isEqualTo(today.plusMonths(3).toString());
		assertThat(households(api.as("demo.worker").get("/api/v1/monitor-cycles/due?office={o}&month={m}", DemoOrg.OFFICE,
				nextMonth.toString()).json())).doesNotContain(resident.householdId());
		assertThat(households(api.as("demo.worker").get("/api/v1/monitor-cycles/due?office={o}&month={m}", DemoOrg.OFFICE,
				YearMonth.from(today.plusMonths(3)).toString()).json())).contains(resident.householdId());

		var household = api.as("demo.lead").get("/api/v1/households/{id}/monitor-cycle", resident.householdId());
		assertThat(household.status()).isEqualTo(200);
		assertThat(household.json().get("consultations").size()).isEqualTo(1);
		assertThat(household.json().get("cycle").get("lastConsultedOn").asString()).isEqualTo(today.toString());
		var asConsultation = api.as("demo.worker").get("/api/v1/consultations/{id}",
				recorded.json().get("consultationId").asString());
		assertThat(asConsultation.json().get("kind").asString()).isEqualTo("MONITOR");
	}

	@Test
	void aHouseholdWithoutItsOwnCycleIsCheckedEverySixMonths() {
		var resident = fixtures().resident("주기없음");
		var today = LocalDate.now(clock);
		var recorded = api.as("demo.worker").post("/api/v1/monitor-consultations", consultation(resident.personId(), today));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		assertThat(recorded.json().get("cycle").get("cycleMonths").asInt()).isEqualTo(6);
		assertThat(recorded.json().get("cycle").get("nextDueOn").asString()).isEqualTo(today.plusMonths(6).toString());
	}

	@Test
	void theCycleAndTheConsultationAreValidated() {
		var resident = fixtures().resident("주기검증");
		var bad = api.as("demo.worker").put("/api/v1/households/{id}/monitor-cycle",
				Map.of("personId", resident.personId(), "cycleMonths", 0), resident.householdId());
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.json().get("errors").get(0).get("message").asString()).isEqualTo("주기는 1개월에서 24개월 사이로 정합니다.");
		var incomplete = api.as("demo.worker").post("/api/v1/monitor-consultations",
				Map.of("personId", resident.personId(), "date", LocalDate.now(clock).toString()));
		assertThat(incomplete.status()).isEqualTo(422);
		List<String> fields = new ArrayList<>();
		incomplete.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).contains("method", "livingSafe", "servicesDelivered", "reentryNeeded", "summary");
		assertThat(api.as("demo.worker").get("/api/v1/monitor-cycles/due?office={o}&month=2026-13", DemoOrg.OFFICE).status())
				.isEqualTo(422);
	}

	@Test
	void onlyStaffOfTheOfficeSetCyclesAndRecord() {
		var resident = fixtures().resident("모니터권한");
		var cycle = Map.<String, Object>of("personId", resident.personId(), "cycleMonths", 2);
		// out of scope: 404, as if the household did not exist
		assertThat(api.as("demo.other").put("/api/v1/households/{id}/monitor-cycle", cycle, resident.householdId()).status())
				.isEqualTo(404);
		assertThat(api.as("demo.other").get("/api/v1/households/{id}/monitor-cycle", resident.householdId()).status())
				.isEqualTo(404);
		assertThat(api.as("demo.other").post("/api/v1/monitor-consultations",
				consultation(resident.personId(), LocalDate.now(clock))).status()).isEqualTo(404);
		assertThat(api.as("demo.other").get("/api/v1/monitor-cycles/due?office={o}&month=2026-12", DemoOrg.OFFICE).status())
				.isEqualTo(404);
		// in scope without a counselling role: 403
		assertThat(api.as("demo.resource").put("/api/v1/households/{id}/monitor-cycle", cycle, resident.householdId()).status())
				.isEqualTo(403);
		assertThat(api.as("demo.resource").post("/api/v1/monitor-consultations",
				consultation(resident.personId(), LocalDate.now(clock))).status()).isEqualTo(403);
		assertThat(api.as("demo.nurse").put("/api/v1/households/{id}/monitor-cycle", cycle, resident.householdId()).status())
				.isEqualTo(200);
	}
}
