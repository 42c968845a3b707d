package kr.dolbom.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import kr.dolbom.org.DemoOrg;
import kr.dolbom.support.Api;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;
import kr.dolbom.support.Downloaded;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9 acceptance for the case forms (domain.md §10): each PDF carries the case's Korean content,
 * the meeting summary for outside participants nothing that identifies the client, every print is
 * exactly one PRINT entry of the access log, and printing follows the case's authorisation.
 */
@DolbomIntegrationTest
class CaseFormsIntegrationTests {

	private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy. M. d.");

	@Autowired
	Api api;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private final String today = LocalDate.now().toString();

	private JsonNode ok(Api.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		return response.json();
	}

	private Downloaded print(String username, String path, Object... variables) {
		return Downloaded.get(mvc, api.tokenFor(username, DemoOrg.PASSWORD), null, path, variables);
	}

	private long prints(String caseId) {
		return jdbc.sql("SELECT COUNT(*) FROM access_log WHERE subject_type = 'CASE' AND subject_id = ? AND action = 'PRINT'")
				.param(caseId).query(Long.class).single();
	}

	private String meeting(String caseId, String kind, String discussion, String decisions, boolean outsider) {
		var participants = new java.util.ArrayList<Map<String, Object>>();
		participants.add(Map.of("name", "이지은", "agency", "신관동 찾아가는 보건복지팀", "role", "주 사례관리자", "userId",
				fixtures.userId("demo.worker")));
		if (outsider) {
			participants.add(Map.of("name", "한외부", "agency", "공주시종합사회복지관", "role", "사례관리팀장"));
		}
		return ok(api.as("demo.worker").post("/api/v1/meetings", Map.of("kind", kind, "date", today, "participants",
				participants, "cases", List.of(Map.of("caseId", caseId, "discussion", discussion, "decisions", decisions)))),
				201).get("id").asString();
	}

	/** A case-management household with an approved, consented plan and one check. */
	private String plannedCase(CaseFixtures.Client client) {
		var caseId = assessed(client);
		var meetingId = meeting(caseId, "INTERNAL", "가구 상황 공유", "사례관리 가구로 선정", false);
		ok(api.as("demo.lead").post("/api/v1/cases/{id}/selection", Map.of("decision", "CASE_MANAGEMENT", "meetingId",
				meetingId, "caseType", "INTENSIVE"), caseId), 200);
		var planId = ok(api.as("demo.worker").post("/api/v1/cases/{id}/plans", Map.of(
				"goals", List.of(Map.of("domain", "ECONOMY", "term", "SHORT", "text", "석 달 안에 밀린 전기요금을 나누어 낸다"),
						Map.of("domain", "ECONOMY", "term", "LONG", "text", "일자리를 얻어 생활비를 스스로 마련한다")),
				"services", List.of(Map.of("provider", "공주시 푸드뱅크", "content", "식품 꾸러미 지원", "frequency", "월 2회",
						"from", today, "to", LocalDate.now().plusMonths(6).toString()))), caseId), 201).get("id").asString();
		ok(api.as("demo.worker").post("/api/v1/plans/{id}/submit", null, planId), 200);
		ok(api.as("demo.lead").post("/api/v1/plans/{id}/approve", null, planId), 200);
		ok(api.as("demo.worker").post("/api/v1/plans/{id}/consent", Map.of("clientSignedOn", today, "providerConsentOn",
				today), planId), 200);
		ok(api.as("demo.worker").post("/api/v1/cases/{id}/checks", Map.of("date", today, "method", "VISIT",
				"clientChange", "전기요금 분납을 시작함", "participation", "적극적", "adequacy", "적절함", "satisfaction", 4,
				"actionNeeded", "NONE"), caseId), 201);
		return caseId;
	}

	private String assessed(CaseFixtures.Client client) {
		var caseId = ok(api.as("demo.worker").post("/api/v1/cases", Map.of("personId", client.personId(),
				"consultationId", client.consultationId(), "requestedOn", today)), 201).get("id").asString();
		ok(api.as("demo.lead").put("/api/v1/cases/{id}/assignee", Map.of("userId", fixtures.userId("demo.worker")), caseId),
				200);
		ok(api.as("demo.worker").post("/api/v1/cases/{id}/assessments", Map.of("date", today, "domains", List.of(
				Map.of("code", "ECONOMY", "need", "전기요금 3개월 체납", "crisisScore", 4),
				Map.of("code", "PHYSICAL_HEALTH", "need", "무릎 통증", "crisisScore", 2))), caseId), 201);
		return caseId;
	}

	/** Keeps a copy of each rendered form under target/ to look at (pdftoppm) when a layout changes. */
	private static void keep(String name, byte[] pdf) throws IOException {
		var dir = Path.of("target", "printed-forms");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name), pdf);
	}

	@Test
	void theServicePlanAndCheckSheetCarriesTheClientGoalsServicesChecksAndSignatureLines() throws IOException {
		var caseId = plannedCase(fixtures.client("서식계획씨", "560606", '2'));
		assertThat(prints(caseId)).isZero();

		var sheet = print("demo.worker", "/api/v1/cases/{id}/forms/service-plan.pdf", caseId);
		assertThat(sheet.status()).isEqualTo(200);
		assertThat(sheet.contentType()).isEqualTo("application/pdf");
		assertThat(sheet.cacheControl()).contains("no-store");
		assertThat(sheet.disposition()).contains("service-plan-").doesNotContain("서식계획씨");
		keep("service-plan.pdf", sheet.bytes());
		var text = sheet.pdfText();
		assertThat(text).contains("서비스 제공계획 및 점검표", "서식계획씨", "560606-2******", "사례관리 가구", "집중",
				"석 달 안에 밀린 전기요금을 나누어 낸다", "일자리를 얻어 생활비를 스스로 마련한다", "공주시 푸드뱅크", "식품 꾸러미 지원",
				"월 2회", "전기요금 3개월 체납", "전기요금 분납을 시작함", "이지은", "(서명 또는 인)",
				LocalDate.now().format(PRINTED), "출력: 이지은 (demo.worker)");
		assertThat(prints(caseId)).isEqualTo(1);

		// the same form from the case page, for the signed-in browser
		assertThat(print("demo.lead", "/api/v1/cases/{id}/forms/service-plan.pdf", caseId).status()).isEqualTo(200);
		assertThat(prints(caseId)).isEqualTo(2);
	}

	@Test
	void printingFollowsTheCasesAuthorisationAndARefusalLeavesNoPrintEntry() {
		var caseId = plannedCase(fixtures.client("서식권한씨", "570707", '1'));
		assertThat(print("demo.other", "/api/v1/cases/{id}/forms/service-plan.pdf", caseId).status()).isEqualTo(404);
		assertThat(print("demo.province", "/api/v1/cases/{id}/forms/service-plan.pdf", caseId).status()).isEqualTo(403);
		assertThat(print("demo.other", "/api/v1/cases/{id}/forms/closure-review.pdf", caseId).status()).isEqualTo(404);
		assertThat(print("demo.province", "/api/v1/cases/{id}/forms/not-selected-notice.pdf", caseId).status())
				.isEqualTo(403);
		assertThat(print("demo.district", "/api/v1/cases/{id}/forms/service-plan.pdf", caseId).status()).isEqualTo(200);
		assertThat(prints(caseId)).isEqualTo(1);
		// a form that does not apply to the case yet is a 409 naming the rule
		var notice = api.as("demo.worker").get("/api/v1/cases/{id}/forms/not-selected-notice.pdf", caseId);
		assertThat(notice.status()).isEqualTo(409);
		assertThat(notice.json().get("code").asString()).isEqualTo("form-not-selected-only");
		assertThat(api.as("demo.worker").get("/api/v1/cases/{id}/forms/closure-review.pdf", caseId).json().get("code")
				.asString()).isEqualTo("form-closure-missing");
		assertThat(prints(caseId)).isEqualTo(1);
	}

	@Test
	void theClosureReviewShowsGoalAttainmentTheChangeOfScoresAndTheFollowUps() throws IOException {
		var caseId = plannedCase(fixtures.client("서식종결씨", "580808", '2'));
		ok(api.as("demo.worker").post("/api/v1/cases/{id}/assessments", Map.of("date", today, "domains", List.of(
				Map.of("code", "ECONOMY", "need", "체납 해소", "crisisScore", 2),
				Map.of("code", "PHYSICAL_HEALTH", "need", "무릎 통증", "crisisScore", 2))), caseId), 201);
		var closureMeeting = meeting(caseId, "INTERNAL", "목표 달성 확인", "종결", false);
		ok(api.as("demo.worker").post("/api/v1/cases/{id}/closure", Map.of("type", "GOALS_ACHIEVED", "meetingId",
				closureMeeting, "plannedOn", today, "goalAttainment", "단기 목표와 장기 목표를 모두 이루었다", "change",
				"경제 위기도가 4에서 2로 낮아짐", "followUpPlan", "6개월, 12개월 뒤 전화와 방문으로 확인"), caseId), 200);
		ok(api.as("demo.lead").post("/api/v1/cases/{id}/closure/approve", null, caseId), 200);

		var review = print("demo.worker", "/api/v1/cases/{id}/forms/closure-review.pdf", caseId);
		assertThat(review.status()).isEqualTo(200);
		keep("closure-review.pdf", review.bytes());
		assertThat(review.pdfText()).contains("통합사례관리 종결심사서", "서식종결씨", "목표 달성", "단기 목표와 장기 목표를 모두 이루었다",
				"경제 위기도가 4에서 2로 낮아짐", "6개월, 12개월 뒤 전화와 방문으로 확인", "-2", "만족도 조사", "승인",
				"석 달 안에 밀린 전기요금을 나누어 낸다");
		assertThat(prints(caseId)).isEqualTo(1);
	}

	@Test
	void aNotSelectedHouseholdGetsAWrittenNoticeWithTheReason() throws IOException {
		var caseId = assessed(fixtures.client("서식미선정씨", "590909", '1'));
		var meetingId = meeting(caseId, "INTERNAL", "조사 결과 검토", "미선정", false);
		ok(api.as("demo.lead").post("/api/v1/cases/{id}/selection", Map.of("decision", "NOT_SELECTED", "meetingId",
				meetingId, "reason", "긴급지원으로 생계가 해결되어 통합사례관리가 필요하지 않음"), caseId), 200);

		var notice = print("demo.worker", "/api/v1/cases/{id}/forms/not-selected-notice.pdf", caseId);
		assertThat(notice.status()).isEqualTo(200);
		keep("not-selected-notice.pdf", notice.bytes());
		assertThat(notice.pdfText()).contains("통합사례관리 미선정 통지서", "서식미선정씨 귀하",
				"긴급지원으로 생계가 해결되어 통합사례관리가 필요하지 않음", "미선정", "충청남도 공주시 신관동장",
				LocalDate.now().format(PRINTED));
		assertThat(prints(caseId)).isEqualTo(1);
	}

	@Test
	void theMeetingSummaryForOutsideParticipantsHoldsNoNameNumberPhoneOrEmailOfTheClient() throws IOException {
		Map<String, Object> body = new HashMap<>();
		var rrn = CaseFixtures.newRrn("610101", '2');
		body.put("name", "비식별순자");
		body.put("rrn", rrn);
		body.put("phone", "010-2345-6789");
		body.put("address", Map.of("orgUnitCode", "4415057000", "line", "비식별로 9"));
		var person = ok(api.as("demo.worker").post("/api/v1/persons", body), 201);
		var personId = person.get("id").asString();
		for (var scope : List.of("CASE_MANAGEMENT", "THIRD_PARTY_SHARING")) {
			ok(api.as("demo.worker").post("/api/v1/persons/{id}/consents", Map.of("scope", scope, "givenOn", today),
					personId), 201);
		}
		var consultation = ok(api.as("demo.worker").post("/api/v1/consultations", Map.of("personId", personId, "kind",
				"INITIAL", "route", "PHONE", "referredOn", today, "date", today, "summary", "전화 상담", "domains",
				List.of(Map.of("code", "ECONOMY", "problem", "생계 곤란")))), 201).get("id").asString();
		var caseId = assessed(new CaseFixtures.Client(personId, person.get("householdId").asString(), consultation));
		var meetingId = meeting(caseId, "INTEGRATED",
				"비식별순자 씨(" + rrn.substring(0, 6) + "-" + rrn.substring(6) + ")는 010-2345-6789, soonja.kim@example.com 으로 연락함",
				"비식별순자 씨에게 복지관 정서지원 연계", true);

		var summary = print("demo.worker", "/api/v1/meetings/{id}/summary.pdf", meetingId);
		assertThat(summary.status()).isEqualTo(200);
		keep("meeting-summary.pdf", summary.bytes());
		var text = summary.pdfText();
		assertThat(text).contains("사례회의 결과 요약 (외부 참석자용)", "비***자", "공주시종합사회복지관", "복지관 정서지원 연계",
				"전기요금 3개월 체납", "[전화번호 삭제]", "[전자우편 삭제]", "[주민등록번호 삭제]");
		var flat = text.replaceAll("\\s+", "");
		assertThat(flat).doesNotContain("비식별순자", rrn, rrn.substring(0, 6) + "-" + rrn.substring(6), "010-2345-6789",
				"01023456789", "soonja.kim@example.com", "한외부");
		assertThat(prints(caseId)).isEqualTo(1);
		assertThat(print("demo.other", "/api/v1/meetings/{id}/summary.pdf", meetingId).status()).isEqualTo(404);
		assertThat(prints(caseId)).isEqualTo(1);
	}
}
