package kr.dolbom.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.org.DemoOrg;
import kr.dolbom.support.Api;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * Issue 8: outreach visits from plan to decision (manual 1-2 ③ 업무 절차) and their safety (appendix 3: "방문
 * 전 … 위험요소 여부를 사전에 점검", "동료직원과 동행할 것(2인 이상 함께 방문)", "위험이 의심되는 상황 … 경찰 등의
 * 협조를 구하여 동행할 것").
 */
@DolbomIntegrationTest
class OutreachVisitIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	Clock clock;

	private String person(String name, String birth) {
		var created = api.as("demo.worker").post("/api/v1/persons", Map.of("name", name, "rrn",
				CaseFixtures.newRrn(birth, '2'), "address", Map.of("orgUnitCode", DemoOrg.OFFICE, "line", "방문로 " + name),
				"confirmNotDuplicate", true));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private String plan(String personId, List<String> staff, boolean healthNeed) {
		Map<String, Object> body = new HashMap<>();
		body.put("personId", personId);
		body.put("group", "TURNING_65");
		body.put("plannedOn", LocalDate.now(clock).toString());
		body.put("staff", staff);
		body.put("healthNeed", healthNeed);
		var planned = api.as("demo.worker").post("/api/v1/outreach/visits", body);
		assertThat(planned.status()).as(planned.body()).isEqualTo(201);
		return planned.json().get("id").asString();
	}

	private Map<String, Object> record(List<String> staff, String decision) {
		Map<String, Object> body = new HashMap<>();
		body.put("visitedOn", LocalDate.now(clock).toString());
		body.put("staff", staff);
		body.put("domains", List.of(Map.of("code", "ECONOMY", "problem", "국민연금 외 소득 없음, 관리비 체납"),
				Map.of("code", "PHYSICAL_HEALTH", "problem", "고혈압 약 복용 중단")));
		body.put("summary", "65세 도래 안내 방문. 기초연금 신청 안내, 관리비 체납 확인.");
		body.put("decision", decision);
		return body;
	}

	@Test
	void aHighRiskVisitWithOneStaffMemberIsRefused() {
		var worker = fixtures.userId("demo.worker");
		var lead = fixtures.userId("demo.lead");
		var visit = plan(person("위험방문", "611203"), List.of(worker), false);

		// no risk check yet: neither departure nor record
		var unchecked = api.as("demo.worker").post("/api/v1/outreach/visits/{id}/record", record(List.of(worker), "NONE"), visit);
		assertThat(unchecked.status()).isEqualTo(409);
		assertThat(unchecked.json().get("code").asString()).isEqualTo("visit-risk-check-missing");

		var check = api.as("demo.worker").put("/api/v1/outreach/visits/{id}/risk-check", Map.of("alcohol", true, "note",
				"주취 상태에서 폭언한 적 있음 (통장 제보)"), visit);
		assertThat(check.status()).as(check.body()).isEqualTo(200);
		assertThat(check.json().get("riskCheck").get("level").asString()).isEqualTo("HIGH");
		assertThat(check.json().get("cleared").asBoolean()).isFalse();

		var departure = api.as("demo.worker").post("/api/v1/outreach/visits/{id}/departure", null, visit);
		assertThat(departure.status()).isEqualTo(409);
		var refused = api.as("demo.worker").post("/api/v1/outreach/visits/{id}/record", record(List.of(worker), "NONE"), visit);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("code").asString()).isEqualTo("visit-high-risk-needs-pair");
		assertThat(refused.json().get("detail").asString()).contains("2인 이상", "경찰 동행");
		assertThat(api.as("demo.worker").get("/api/v1/outreach/visits/{id}", visit).json().get("status").asString())
				.isEqualTo("PLANNED");

		// with a colleague the same visit may go ahead
		var pair = api.as("demo.worker").put("/api/v1/outreach/visits/{id}/staff", Map.of("staff", List.of(worker, lead)), visit);
		assertThat(pair.json().get("cleared").asBoolean()).isTrue();
		assertThat(api.as("demo.worker").post("/api/v1/outreach/visits/{id}/departure", null, visit).status()).isEqualTo(200);
		var board = api.as("demo.lead").get("/api/v1/outreach/board");
		assertThat(board.body()).contains(visit, "박성호", "이지은");
		assertThat(api.as("demo.other").get("/api/v1/outreach/board").body()).doesNotContain(visit);
		var recorded = api.as("demo.worker").post("/api/v1/outreach/visits/{id}/record", record(List.of(worker, lead), "NONE"), visit);
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
		assertThat(recorded.json().get("status").asString()).isEqualTo("VISITED");
	}

	@Test
	void aHighRiskVisitByOneStaffMemberWithAPoliceEscortMayGoAhead() {
		var worker = fixtures.userId("demo.worker");
		var visit = plan(person("경찰동행", "611204"), List.of(worker), false);
		api.as("demo.worker").put("/api/v1/outreach/visits/{id}/risk-check", Map.of("violence", true, "policeEscort", true), visit);
		var recorded = api.as("demo.worker").post("/api/v1/outreach/visits/{id}/record", record(List.of(worker), "MONITOR"), visit);
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
		assertThat(recorded.json().get("decision").asString()).isEqualTo("MONITOR");
	}

	@Test
	void aVisitByAPairWithTheNurseLeadsToAnInitialConsultation() {
		var worker = fixtures.userId("demo.worker");
		var nurse = fixtures.userId("demo.nurse");
		var personId = person("초기상담연결", "611205");
		var visit = plan(personId, List.of(worker), true);
		assertThat(api.as("demo.worker").post("/api/v1/outreach/visits/{id}/notice", Map.of("sentOn",
				LocalDate.now(clock).toString(), "method", "PHONE"), visit).json().get("status").asString())
				.isEqualTo("NOTICE_SENT");
		var agreed = api.as("demo.worker").post("/api/v1/outreach/visits/{id}/appointment", Map.of("at",
				LocalDate.now(clock) + "T14:00:00"), visit);
		assertThat(agreed.json().get("status").asString()).isEqualTo("APPOINTED");
		assertThat(api.as("demo.worker").put("/api/v1/outreach/visits/{id}/risk-check", Map.of(), visit).json()
				.get("riskCheck").get("level").asString()).isEqualTo("LOW");

		// health needs: the nurse joins
		var withoutNurse = api.as("demo.worker").post("/api/v1/outreach/visits/{id}/record",
				record(List.of(worker, fixtures.userId("demo.lead")), "INITIAL_CONSULTATION"), visit);
		assertThat(withoutNurse.status()).isEqualTo(422);
		assertThat(withoutNurse.body()).contains("간호사");

		var recorded = api.as("demo.worker").post("/api/v1/outreach/visits/{id}/record",
				record(List.of(worker, nurse), "INITIAL_CONSULTATION"), visit);
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
		assertThat(recorded.json().get("staff")).hasSize(2);
		assertThat(recorded.body()).contains("\"role\":\"NURSE\"", "\"role\":\"SOCIAL_WORKER\"");
		var outreach = api.as("demo.worker").get("/api/v1/consultations/{id}", recorded.json().get("consultationId").asString());
		assertThat(outreach.json().get("kind").asString()).isEqualTo("OUTREACH");
		var initial = api.as("demo.worker").get("/api/v1/consultations/{id}",
				recorded.json().get("initialConsultationId").asString());
		assertThat(initial.status()).isEqualTo(200);
		assertThat(initial.json().get("kind").asString()).isEqualTo("INITIAL");
		assertThat(initial.json().get("route").asString()).isEqualTo("OUTREACH");
		assertThat(initial.json().get("personId").asString()).isEqualTo(personId);
		assertThat(initial.json().get("domains")).hasSize(2);

		// recorded once only
		assertThat(api.as("demo.worker").post("/api/v1/outreach/visits/{id}/record", record(List.of(worker, nurse), "NONE"),
				visit).status()).isEqualTo(409);
	}

	@Test
	void planningChecksScopeRoleAndOneOpenVisitPerHouseholdAndMonth() {
		var personId = person("중복계획", "611206");
		plan(personId, List.of(), false);
		var again = api.as("demo.worker").post("/api/v1/outreach/visits", Map.of("personId", personId, "group", "TURNING_65",
				"plannedOn", LocalDate.now(clock).toString()));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("visit-already-planned");
		var past = api.as("demo.worker").post("/api/v1/outreach/visits", Map.of("personId", person("지난날", "611207"),
				"group", "TURNING_65", "plannedOn", LocalDate.now(clock).minusDays(1).toString()));
		assertThat(past.status()).isEqualTo(422);
		assertThat(api.as("demo.other").post("/api/v1/outreach/visits", Map.of("personId", personId, "group", "CRISIS",
				"plannedOn", LocalDate.now(clock).toString())).status()).isEqualTo(404);
		assertThat(api.as("demo.admin-team").post("/api/v1/outreach/visits", Map.of("personId", personId, "group",
				"CRISIS", "plannedOn", LocalDate.now(clock).toString())).status()).isEqualTo(403);
		var other = api.as("demo.worker").post("/api/v1/outreach/visits", Map.of("personId", person("타지역직원", "611208"),
				"group", "CRISIS", "plannedOn", LocalDate.now(clock).toString(), "staff", List.of(fixtures.userId("demo.other"))));
		assertThat(other.status()).isEqualTo(422);
	}
}
