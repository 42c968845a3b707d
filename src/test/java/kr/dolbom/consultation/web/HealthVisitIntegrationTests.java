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
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * Nurse health visits (manual 1-4: "보건소 방문건강관리 대상자와 중복되지 않게 서비스 제공", "방문상담 준비 …
 * 보건소 방문건강관리 대상자와의 중복 확인(PHIS 시스템 활용)"): the duplicate check comes before the visit;
 * the visit keeps the assessment, education and links; programmes are for small groups.
 */
@DolbomIntegrationTest
class HealthVisitIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	Clock clock;

	private OutreachDeskFixtures fixtures() {
		return new OutreachDeskFixtures(api);
	}

	private Map<String, Object> visit(String personId) {
		Map<String, Object> body = new HashMap<>();
		body.put("personId", personId);
		body.put("date", LocalDate.now(clock).toString());
		body.put("companionId", api.as("demo.worker").get("/api/v1/me").json().get("id").asString());
		body.put("riskFactors", List.of("FALL_RISK", "INACTIVITY"));
		body.put("chronicDiseases", List.of("HYPERTENSION", "DIABETES"));
		body.put("medication", "혈압약 1일 1회, 메트포르민 1일 2회");
		body.put("education", "복약 시간 지키기, 낙상 예방 운동");
		body.put("links", List.of("DEMENTIA_CENTRE"));
		body.put("linkNote", "치매안심센터 선별검사 예약");
		body.put("summary", "혈압 150/95, 약 복용 불규칙");
		return body;
	}

	private void duplicateCheck(String personId, boolean enrolled) {
		var check = api.as("demo.nurse").post("/api/v1/health-visits/duplicate-checks", Map.of("personId", personId,
				"checkedOn", LocalDate.now(clock).toString(), "enrolled", enrolled, "note", "PHIS 조회"));
		assertThat(check.status()).as(check.body()).isEqualTo(201);
	}

	@Test
	void theVisitIsRecordedOnlyAfterTheDuplicateCheckWithTheBogunsoProgramme() {
		var resident = fixtures().resident("건강방문", "480707", '1', DemoOrg.OFFICE, "demo.worker");
		var refused = api.as("demo.nurse").post("/api/v1/health-visits", visit(resident.personId()));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("code").asString()).isEqualTo("health-duplicate-check-required");

		duplicateCheck(resident.personId(), false);
		var recorded = api.as("demo.nurse").post("/api/v1/health-visits", visit(resident.personId()));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		assertThat(recorded.json().get("riskFactors").toString()).contains("FALL_RISK");
		assertThat(recorded.json().get("chronicDiseases").toString()).contains("HYPERTENSION", "DIABETES");
		assertThat(recorded.json().get("links").toString()).contains("DEMENTIA_CENTRE");
		var consultation = api.as("demo.lead").get("/api/v1/consultations/{id}",
				recorded.json().get("consultationId").asString());
		assertThat(consultation.json().get("kind").asString()).isEqualTo("HEALTH");
		assertThat(api.as("demo.lead").get("/api/v1/health-visits?office={o}", DemoOrg.OFFICE).json().toString())
				.contains(recorded.json().get("consultationId").asString());
	}

	@Test
	void aPersonInTheBogunsoProgrammeIsVisitedOnlyInCoordinationWithIt() {
		var resident = fixtures().resident("보건소대상", "450808", '2', DemoOrg.OFFICE, "demo.worker");
		duplicateCheck(resident.personId(), true);
		var refused = api.as("demo.nurse").post("/api/v1/health-visits", visit(resident.personId()));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("code").asString()).isEqualTo("health-bogunso-enrolled");
		var body = visit(resident.personId());
		body.put("coordinatedWithBogunso", true);
		assertThat(api.as("demo.nurse").post("/api/v1/health-visits", body).status()).isEqualTo(201);
		var incomplete = visit(resident.personId());
		incomplete.remove("education");
		incomplete.put("coordinatedWithBogunso", true);
		var invalid = api.as("demo.nurse").post("/api/v1/health-visits", incomplete);
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("education");
	}

	@Test
	void aSmallGroupProgrammeKeepsItsParticipantsUpToItsCapacity() {
		var created = api.as("demo.nurse").post("/api/v1/health-programmes", Map.of("officeCode", DemoOrg.OFFICE, "title",
				"고혈압 식단 교실", "topic", "CHRONIC_DIET", "startsOn", LocalDate.now(clock).toString(), "endsOn",
				LocalDate.now(clock).plusWeeks(4).toString(), "sessions", 4, "capacity", 2));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var id = created.json().get("id").asString();
		var first = fixtures().resident("교실하나");
		var second = fixtures().resident("교실둘");
		var third = fixtures().resident("교실셋");
		assertThat(api.as("demo.nurse").post("/api/v1/health-programmes/{id}/participants", Map.of("personId", first.personId()), id)
				.status()).isEqualTo(200);
		var again = api.as("demo.nurse").post("/api/v1/health-programmes/{id}/participants", Map.of("personId", first.personId()), id);
		assertThat(again.json().get("code").asString()).isEqualTo("health-programme-already-joined");
		assertThat(api.as("demo.worker").post("/api/v1/health-programmes/{id}/participants", Map.of("personId", second.personId()), id)
				.status()).isEqualTo(200);
		var full = api.as("demo.nurse").post("/api/v1/health-programmes/{id}/participants", Map.of("personId", third.personId()), id);
		assertThat(full.status()).isEqualTo(409);
		assertThat(full.json().get("code").asString()).isEqualTo("health-programme-full");
		var programme = api.as("demo.lead").get("/api/v1/health-programmes/{id}", id);
		assertThat(programme.json().get("participants").size()).isEqualTo(2);
		var tooBig = api.as("demo.nurse").post("/api/v1/health-programmes", Map.of("officeCode", DemoOrg.OFFICE, "title", "큰 강좌",
				"topic", "EXERCISE", "startsOn", LocalDate.now(clock).toString(), "endsOn", LocalDate.now(clock).toString(),
				"sessions", 1, "capacity", 80));
		assertThat(tooBig.status()).isEqualTo(422);
		assertThat(tooBig.json().get("errors").get(0).get("message").asString()).isEqualTo("소집단 프로그램의 정원은 2명에서 20명 사이입니다.");
	}

	@Test
	void healthVisitsAreTheNursesInTheirOffice() {
		var resident = fixtures().resident("건강권한");
		duplicateCheck(resident.personId(), false);
		// out of scope: 404; in scope without the nurse role: 403
		assertThat(api.as("demo.other").post("/api/v1/health-visits", visit(resident.personId())).status()).isEqualTo(404);
		assertThat(api.as("demo.worker").post("/api/v1/health-visits", visit(resident.personId())).status()).isEqualTo(403);
		assertThat(api.as("demo.other").post("/api/v1/health-visits/duplicate-checks", Map.of("personId", resident.personId(),
				"checkedOn", LocalDate.now(clock).toString(), "enrolled", false)).status()).isEqualTo(404);
		assertThat(api.as("demo.resource").post("/api/v1/health-visits/duplicate-checks", Map.of("personId",
				resident.personId(), "checkedOn", LocalDate.now(clock).toString(), "enrolled", false)).status()).isEqualTo(403);
		var recorded = api.as("demo.nurse").post("/api/v1/health-visits", visit(resident.personId()));
		assertThat(recorded.status()).isEqualTo(201);
		var id = recorded.json().get("consultationId").asString();
		assertThat(api.as("demo.other").get("/api/v1/health-visits/{id}", id).status()).isEqualTo(404);
		assertThat(api.as("demo.resource").get("/api/v1/health-visits/{id}", id).status()).isEqualTo(403);
		assertThat(api.as("demo.worker").post("/api/v1/health-programmes", Map.of("officeCode", DemoOrg.OFFICE, "title", "체조",
				"topic", "EXERCISE", "startsOn", "2026-12-01", "endsOn", "2026-12-20", "sessions", 3, "capacity", 10)).status())
				.isEqualTo(403);
		assertThat(api.as("demo.other").get("/api/v1/health-programmes?office={o}", DemoOrg.OFFICE).status()).isEqualTo(404);
	}
}
