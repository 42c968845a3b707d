package kr.dolbom.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.support.Api;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Issue 4 acceptance: one case-management household and one service-link household through every
 * step of manual 1-2 ④ to follow-up, through the API (H2, and PostgreSQL in CI).
 */
@DolbomIntegrationTest
class CaseLifecycleIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	CaseFixtures fixtures;

	private final String today = LocalDate.now().toString();

	private JsonNode ok(Api.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		return response.json();
	}

	private String meeting(String caseId, String kind, String decisions) {
		return ok(api.as("demo.worker").post("/api/v1/meetings", Map.of("kind", kind, "date", today,
				"participants", List.of(Map.of("name", "박성호", "agency", "신관동", "role", "팀장", "userId",
						fixtures.userId("demo.lead")), Map.of("name", "이지은", "agency", "신관동", "userId",
								fixtures.userId("demo.worker"))),
				"cases", List.of(Map.of("caseId", caseId, "discussion", "가구 상황 공유", "decisions", decisions)))), 201)
				.get("id").asString();
	}

	private String openAndAssess(CaseFixtures.Client client) {
		var opened = ok(api.as("demo.worker").post("/api/v1/cases", Map.of("personId", client.personId(),
				"consultationId", client.consultationId(), "requestedOn", today)), 201);
		assertThat(opened.get("state").asString()).isEqualTo("RECEIVED");
		assertThat(opened.get("nextAction").asString()).isEqualTo("ASSIGN");
		var caseId = opened.get("id").asString();

		// the team lead assigns the main case manager; before that the worker cannot assess
		var early = api.as("demo.worker").post("/api/v1/cases/{id}/assessments", assessment(3), caseId);
		assertThat(early.status()).isEqualTo(403);
		ok(api.as("demo.lead").put("/api/v1/cases/{id}/assignee", Map.of("userId", fixtures.userId("demo.worker")), caseId),
				200);

		var assessed = ok(api.as("demo.worker").post("/api/v1/cases/{id}/assessments", assessment(4), caseId), 201);
		assertThat(assessed.get("domainScores").get("ECONOMY").asInt()).isEqualTo(4);
		assertThat(state(caseId)).isEqualTo("ASSESSED");
		return caseId;
	}

	private Map<String, Object> assessment(int economy) {
		return Map.of("date", today, "domains", List.of(
				Map.of("code", "ECONOMY", "need", "체납 공과금 해결", "crisisScore", economy, "clientView", "전기요금이 급함",
						"managerView", "전기요금이 급함"),
				Map.of("code", "PHYSICAL_HEALTH", "need", "무릎 통증 치료", "crisisScore", 2)));
	}

	private String state(String caseId) {
		return api.as("demo.worker").get("/api/v1/cases/{id}", caseId).json().get("state").asString();
	}

	private List<String> steps(JsonNode caseView) {
		List<String> steps = new ArrayList<>();
		caseView.get("deadlines").forEach(d -> steps.add(d.get("step").asString() + ":" + (d.get("doneOn").isNull() ? "open" : "done")));
		return steps;
	}

	@Test
	void aCaseManagementHouseholdGoesThroughEveryStepToFollowUp() {
		var client = fixtures.client("사례관리씨", "520101", '2');
		var caseId = openAndAssess(client);

		// selection at an internal case meeting, by the team lead
		var meetingId = meeting(caseId, "INTERNAL", "사례관리 가구로 선정");
		var selected = ok(api.as("demo.lead").post("/api/v1/cases/{id}/selection", Map.of("decision", "CASE_MANAGEMENT",
				"meetingId", meetingId, "caseType", "GENERAL"), caseId), 200);
		assertThat(selected.get("state").asString()).isEqualTo("SELECTED");
		assertThat(selected.get("nextAction").asString()).isEqualTo("DRAFT_PLAN");

		// service plan: draft → submit → approve (team lead) → consent → PLANNED
		var plan = ok(api.as("demo.worker").post("/api/v1/cases/{id}/plans", Map.of(
				"goals", List.of(Map.of("domain", "ECONOMY", "term", "SHORT", "text", "3개월 안에 밀린 전기요금을 해결한다"),
						Map.of("domain", "ECONOMY", "term", "LONG", "text", "안정적인 소득을 얻는다")),
				"services", List.of(Map.of("provider", "공주시 푸드뱅크", "content", "식품 지원", "frequency", "월 2회", "from",
						today, "to", LocalDate.now().plusMonths(6).toString()))), caseId), 201);
		var planId = plan.get("id").asString();
		assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
		ok(api.as("demo.worker").post("/api/v1/plans/{id}/submit", null, planId), 200);
		assertThat(api.as("demo.worker").post("/api/v1/plans/{id}/approve", null, planId).status()).isEqualTo(403);
		ok(api.as("demo.lead").post("/api/v1/plans/{id}/approve", null, planId), 200);
		var consented = ok(api.as("demo.worker").post("/api/v1/plans/{id}/consent", Map.of("clientSignedOn", today,
				"providerConsentOn", today), planId), 200);
		assertThat(consented.get("active").asBoolean()).isTrue();
		assertThat(state(caseId)).isEqualTo("PLANNED");

		// the first service check moves it into service
		ok(api.as("demo.worker").post("/api/v1/cases/{id}/checks", Map.of("date", today, "method", "VISIT",
				"clientChange", "전기요금 분납 시작", "participation", "적극적", "adequacy", "적절함", "satisfaction", 4,
				"actionNeeded", "NONE"), caseId), 201);
		assertThat(state(caseId)).isEqualTo("IN_SERVICE");

		// closure: re-assessment, closure meeting, review form, team lead approval
		ok(api.as("demo.worker").post("/api/v1/cases/{id}/assessments", assessment(2), caseId), 201);
		var closureMeeting = meeting(caseId, "INTERNAL", "목표 달성으로 종결");
		var closing = ok(api.as("demo.worker").post("/api/v1/cases/{id}/closure", Map.of("type", "GOALS_ACHIEVED",
				"meetingId", closureMeeting, "plannedOn", today, "goalAttainment", "단기·장기 목표 달성",
				"change", "경제 위기도 4 → 2", "followUpPlan", "6개월, 12개월 사후확인"), caseId), 200);
		assertThat(closing.get("state").asString()).isEqualTo("CLOSING");
		assertThat(api.as("demo.worker").post("/api/v1/cases/{id}/closure/approve", null, caseId).status()).isEqualTo(403);
		var closed = ok(api.as("demo.lead").post("/api/v1/cases/{id}/closure/approve", null, caseId), 200);
		assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("nextAction").asString()).isEqualTo("FOLLOW_UP");
		assertThat(steps(closed)).contains("INTAKE:done", "ASSESSMENT:done", "SELECTION:done", "PLAN:done",
				"DECISION_NOTICE:done", "PROVISION_CHECK:done", "CLOSURE:done", "FOLLOW_UP:open", "SATISFACTION_SURVEY:open");

		// manual 1-2 ④ 사후확인: two follow-ups (6 and 12 months) and one satisfaction survey
		var followUps = ok(api.as("demo.worker").get("/api/v1/cases/{id}/follow-ups", caseId), 200);
		assertThat(followUps).hasSize(3);
		List<String> kinds = new ArrayList<>();
		followUps.forEach(f -> kinds.add(f.get("kind").asString()));
		assertThat(kinds).containsExactlyInAnyOrder("FOLLOW_UP", "FOLLOW_UP", "SATISFACTION_SURVEY");
		var closedOn = LocalDate.parse(closed.get("closedOn").asString());
		var firstDue = LocalDate.parse(followUps.get(0).get("dueOn").asString());
		assertThat(firstDue).isBetween(closedOn.plusMonths(6), closedOn.plusMonths(6).plusDays(4));

		var survey = followUps.valueStream().filter(f -> f.get("kind").asString().equals("SATISFACTION_SURVEY"))
				.findFirst().orElseThrow().get("id").asString();
		assertThat(api.as("demo.worker").post("/api/v1/follow-ups/{id}", Map.of("date", today, "result", "만족"), survey)
				.status()).isEqualTo(422);
		var done = ok(api.as("demo.worker").post("/api/v1/follow-ups/{id}", Map.of("date", today, "result", "생활 안정",
				"satisfaction", 5), survey), 200);
		assertThat(done.get("doneOn").asString()).isEqualTo(today);

		var history = ok(api.as("demo.worker").get("/api/v1/cases/{id}", caseId), 200).get("history");
		List<String> actions = new ArrayList<>();
		history.forEach(h -> actions.add(h.get("action").asString()));
		assertThat(actions).contains("INTAKE", "ASSIGN", "ASSESSMENT", "MEETING", "SELECT", "PLAN_DRAFT", "PLAN_SUBMIT",
				"PLAN_APPROVE", "PLAN_CONSENT", "CHECK", "REASSESSMENT", "CLOSURE_REQUEST", "CLOSURE_APPROVE", "FOLLOW_UP");
	}

	@Test
	void aServiceLinkHouseholdGetsASimplifiedPlanAndOneFollowUp() {
		var client = fixtures.client("서비스연계씨", "600606", '1');
		var caseId = openAndAssess(client);
		var meetingId = meeting(caseId, "INTERNAL", "서비스연계 가구");
		var selected = ok(api.as("demo.lead").post("/api/v1/cases/{id}/selection", Map.of("decision", "SERVICE_LINK",
				"meetingId", meetingId), caseId), 200);
		assertThat(selected.get("selection").asString()).isEqualTo("SERVICE_LINK");
		assertThat(steps(selected)).contains("LINKAGE:open");

		// simplified plan: services only
		var plan = ok(api.as("demo.worker").post("/api/v1/cases/{id}/plans", Map.of("services", List.of(Map.of(
				"provider", "공주시 노인복지관", "content", "도시락 배달", "frequency", "주 5회", "from", today, "to",
				LocalDate.now().plusMonths(2).toString()))), caseId), 201);
		assertThat(plan.get("simplified").asBoolean()).isTrue();
		var planId = plan.get("id").asString();
		ok(api.as("demo.worker").post("/api/v1/plans/{id}/submit", null, planId), 200);
		ok(api.as("demo.lead").post("/api/v1/plans/{id}/approve", null, planId), 200);
		ok(api.as("demo.worker").post("/api/v1/plans/{id}/consent", Map.of("clientSignedOn", today, "providerConsentOn",
				today), planId), 200);
		ok(api.as("demo.worker").post("/api/v1/cases/{id}/checks", Map.of("date", today, "method", "PHONE",
				"clientChange", "끼니 해결", "participation", "좋음", "adequacy", "적절", "satisfaction", 5,
				"actionNeeded", "CLOSE"), caseId), 201);

		var closureMeeting = meeting(caseId, "INTERNAL", "서비스 연계 완료로 종결");
		ok(api.as("demo.worker").post("/api/v1/cases/{id}/closure", Map.of("type", "IMPROVED", "meetingId",
				closureMeeting, "plannedOn", today, "goalAttainment", "연계 완료", "change", "끼니 해결",
				"followUpPlan", "6개월 안에 사후확인"), caseId), 200);
		var closed = ok(api.as("demo.lead").post("/api/v1/cases/{id}/closure/approve", null, caseId), 200);
		assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
		assertThat(steps(closed)).contains("LINKAGE:done");

		// manual 1-2 ④: one follow-up within 6 months after the linkage ends, no survey
		var followUps = ok(api.as("demo.worker").get("/api/v1/cases/{id}/follow-ups", caseId), 200);
		assertThat(followUps).hasSize(1);
		assertThat(followUps.get(0).get("kind").asString()).isEqualTo("FOLLOW_UP");

		// a follow-up may lead to re-entry: a new initial consultation
		var reentry = ok(api.as("demo.worker").post("/api/v1/follow-ups/{id}", Map.of("date", today, "result",
				"다시 생계 곤란", "reentry", true, "reentryDomain", "ECONOMY"), followUps.get(0).get("id").asString()), 200);
		var consultationId = reentry.get("reentryConsultationId").asString();
		var consultation = ok(api.as("demo.worker").get("/api/v1/consultations/{id}", consultationId), 200);
		assertThat(consultation.get("kind").asString()).isEqualTo("INITIAL");
	}

	@Test
	void aNotSelectedHouseholdNeedsAReasonAndGetsAWrittenNotice() {
		var client = fixtures.client("미선정씨", "700707", '1');
		var caseId = openAndAssess(client);
		var meetingId = meeting(caseId, "INTERNAL", "미선정");
		var noReason = api.as("demo.lead").post("/api/v1/cases/{id}/selection", Map.of("decision", "NOT_SELECTED",
				"meetingId", meetingId), caseId);
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		var notSelected = ok(api.as("demo.lead").post("/api/v1/cases/{id}/selection", Map.of("decision", "NOT_SELECTED",
				"meetingId", meetingId, "reason", "공적 급여로 해결되어 사례관리가 필요하지 않음"), caseId), 200);
		assertThat(notSelected.get("state").asString()).isEqualTo("NOT_SELECTED");
		assertThat(steps(notSelected)).contains("DECISION_NOTICE:done");
		// terminal: nothing more happens on it
		var plan = api.as("demo.worker").post("/api/v1/cases/{id}/plans", Map.of("services", List.of()), caseId);
		assertThat(plan.status()).isEqualTo(409);
	}
}
