package kr.dolbom.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

/**
 * Visit safety (domain.md §3.4, appendix 3 사고보고서): a structured incident report is visible to the team lead
 * of the office (and the office head, the 희망복지지원단, the reporter and the visit's staff), not to other
 * colleagues (403) nor outside the scope (404); a later visit to the household counts the prior incident;
 * issue 9: the printed report carries the fields and one PRINT entry per print.
 */
@DolbomIntegrationTest
class IncidentReportIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private String visit(String name, String birth) {
		var person = api.as("demo.worker").post("/api/v1/persons", Map.of("name", name, "rrn", CaseFixtures.newRrn(birth, '1'),
				"address", Map.of("orgUnitCode", DemoOrg.OFFICE, "line", "사고로 " + name), "confirmNotDuplicate", true));
		var planned = api.as("demo.worker").post("/api/v1/outreach/visits", Map.of("personId",
				person.json().get("id").asString(), "group", "CRISIS", "plannedOn", LocalDate.now(clock).toString()));
		assertThat(planned.status()).as(planned.body()).isEqualTo(201);
		return planned.json().get("id").asString();
	}

	private Map<String, Object> incident(String visitId) {
		Map<String, Object> body = new HashMap<>();
		body.put("visitId", visitId);
		body.put("occurredAt", LocalDateTime.now(clock).minusHours(2).withNano(0).toString());
		body.put("place", "대상자 자택 현관 (신관동 사고로)");
		body.put("peopleInvolved", "대상자(60대 남성), 방문 직원 이지은, 동행 직원 박성호");
		body.put("supervisor", "찾아가는 보건복지팀장 박성호");
		body.put("damageSummary", "주취 상태의 대상자가 고성을 지르며 물건을 던짐");
		body.put("riskDetail", "현관에 있던 화분을 던져 직원 옆 벽에 맞음");
		body.put("damageExtent", "신체 피해 없음, 직원 정서적 충격");
		body.put("clientBehaviour", "방문 목적 설명 중 갑자기 격분, 욕설");
		body.put("staffReaction", "즉시 현장을 벗어나 팀장에게 보고");
		body.put("policeReported", false);
		return body;
	}

	private long prints(String id) {
		return jdbc.sql("SELECT COUNT(*) FROM access_log WHERE subject_type = 'INCIDENT_REPORT' AND subject_id = ? AND action = 'PRINT'")
				.param(id).query(Long.class).single();
	}

	@Test
	void theTeamLeadSeesTheReportOthersAsTheRulesSay() throws Exception {
		var visitId = visit("사고대상", "640101");
		var missing = api.as("demo.worker").post("/api/v1/outreach/incidents", Map.of("visitId", visitId));
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.body()).contains("occurredAt", "place", "peopleInvolved", "damageSummary", "clientBehaviour");

		var reported = api.as("demo.worker").post("/api/v1/outreach/incidents", incident(visitId));
		assertThat(reported.status()).as(reported.body()).isEqualTo(201);
		var id = reported.json().get("id").asString();

		assertThat(api.as("demo.lead").get("/api/v1/outreach/incidents/{id}", id).status()).isEqualTo(200);
		assertThat(api.as("demo.lead").get("/api/v1/outreach/incidents").body()).contains(id);
		assertThat(api.as("demo.worker").get("/api/v1/outreach/incidents/{id}", id).status()).isEqualTo(200);
		assertThat(api.as("demo.head").get("/api/v1/outreach/incidents/{id}", id).status()).isEqualTo(200);
		assertThat(api.as("demo.district").get("/api/v1/outreach/incidents/{id}", id).status()).isEqualTo(200);
		// a colleague of the team who was not there, and the welfare administration team: 403
		assertThat(api.as("demo.nurse").get("/api/v1/outreach/incidents/{id}", id).status()).isEqualTo(403);
		assertThat(api.as("demo.nurse").get("/api/v1/outreach/incidents").body()).doesNotContain(id);
		assertThat(api.as("demo.admin-team").get("/api/v1/outreach/incidents/{id}", id).status()).isEqualTo(403);
		// outside the scope: it does not exist
		assertThat(api.as("demo.other").get("/api/v1/outreach/incidents/{id}", id).status()).isEqualTo(404);

		// the team lead adds the supervisor's plan and the outcome; the worker may not
		assertThat(api.as("demo.worker").put("/api/v1/outreach/incidents/{id}/review", Map.of("version", 0,
				"supervisorPlan", "x"), id).status()).isEqualTo(403);
		var reviewed = api.as("demo.lead").put("/api/v1/outreach/incidents/{id}/review", Map.of("version", 0,
				"supervisorPlan", "재방문 시 경찰 동행, 직원 심리상담 연계", "outcome", "대상자 서비스 제공 시 2인 방문 원칙 적용"), id);
		assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
		assertThat(reviewed.json().get("supervisorPlan").asString()).contains("경찰 동행");

		// a later visit to the household: the prior incident makes it high risk
		var next = api.as("demo.worker").post("/api/v1/outreach/visits", Map.of("personId",
				api.as("demo.worker").get("/api/v1/outreach/visits/{id}", visitId).json().get("personId").asString(),
				"group", "CRISIS", "plannedOn", LocalDate.now(clock).plusMonths(1).toString()));
		assertThat(next.status()).as(next.body()).isEqualTo(201);
		var check = api.as("demo.worker").put("/api/v1/outreach/visits/{id}/risk-check", Map.of(), next.json().get("id").asString());
		assertThat(check.json().get("riskCheck").get("priorIncident").asBoolean()).isTrue();
		assertThat(check.json().get("riskCheck").get("level").asString()).isEqualTo("HIGH");

		// issue 9: the printed report
		var before = prints(id);
		var pdf = Downloaded.get(mvc, api.tokenFor("demo.lead", DemoOrg.PASSWORD), null,
				"/api/v1/outreach/incidents/{id}/forms/incident-report.pdf?purpose={p}", id, "안전 교육 자료 검토");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		var dir = Path.of("target", "printed-forms");
		Files.createDirectories(dir);
		Files.write(dir.resolve("incident-report.pdf"), pdf.bytes());
		var text = pdf.pdfText().replaceAll("\\s+", "");
		assertThat(text).contains("사고보고서", "사고일시", "대상자자택현관", "관련인물", "주취상태의대상자가고성을지르며물건을던짐",
				"클라이언트의행동및반응", "방문목적설명중갑자기격분", "슈퍼바이저및관리자의의견및대처계획", "재방문시경찰동행",
				"사고처리결과", "2인방문원칙", "작성자", "이지은", "(서명또는인)", "충청남도공주시신관동");
		assertThat(prints(id)).isEqualTo(before + 1);
		assertThat(jdbc.sql("SELECT purpose FROM access_log WHERE subject_type = 'INCIDENT_REPORT' AND subject_id = ? AND action = 'PRINT'")
				.param(id).query(String.class).list()).anyMatch(p -> p.contains("사고보고서 인쇄") && p.contains("안전 교육 자료 검토"));
		Downloaded.get(mvc, api.tokenFor("demo.worker", DemoOrg.PASSWORD), null,
				"/api/v1/outreach/incidents/{id}/forms/incident-report.pdf", id);
		assertThat(prints(id)).isEqualTo(before + 2);
		// who may not read it may not print it, and nothing is logged
		assertThat(Downloaded.get(mvc, api.tokenFor("demo.nurse", DemoOrg.PASSWORD), null,
				"/api/v1/outreach/incidents/{id}/forms/incident-report.pdf", id).status()).isEqualTo(403);
		assertThat(Downloaded.get(mvc, api.tokenFor("demo.other", DemoOrg.PASSWORD), null,
				"/api/v1/outreach/incidents/{id}/forms/incident-report.pdf", id).status()).isEqualTo(404);
		assertThat(prints(id)).isEqualTo(before + 2);
	}

	@Test
	void progressCountsTheHouseholdsEachVisitorVisitedAgainstTheTargetOfTheirRole() {
		var worker = fixtures.userId("demo.worker");
		var lead = fixtures.userId("demo.lead");
		var month = java.time.YearMonth.now(clock).toString();
		var before = api.as("demo.lead").get("/api/v1/outreach/progress?office={o}&month={m}", DemoOrg.OFFICE, month);
		assertThat(before.status()).as(before.body()).isEqualTo(200);
		long workerBefore = visited(before, worker);
		long officeBefore = before.json().get("householdsVisited").asLong();

		var visitId = visit("진척방문", "610303");
		api.as("demo.worker").put("/api/v1/outreach/visits/{id}/risk-check", Map.of(), visitId);
		var recorded = api.as("demo.worker").post("/api/v1/outreach/visits/{id}/record", Map.of("visitedOn",
				LocalDate.now(clock).toString(), "staff", List.of(worker, lead), "summary", "생활 실태 확인", "decision", "NONE"),
				visitId);
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);

		var after = api.as("demo.head").get("/api/v1/outreach/progress?office={o}&month={m}", DemoOrg.OFFICE, month);
		assertThat(visited(after, worker)).isEqualTo(workerBefore + 1);
		assertThat(after.json().get("householdsVisited").asLong()).isEqualTo(officeBefore + 1);
		assertThat(target(after, worker)).isEqualTo(15);
		assertThat(target(after, lead)).isEqualTo(10);
		assertThat(target(after, fixtures.userId("demo.nurse"))).isEqualTo(20);
		assertThat(target(after, fixtures.userId("demo.head"))).isEqualTo(5);

		// a 시군구 sets its own target; out of scope 404, wrong role 403
		assertThat(api.as("demo.worker").put("/api/v1/outreach/monthly-targets?district={d}", Map.of("role",
				"SOCIAL_WORKER", "target", 12), DemoOrg.DISTRICT).status()).isEqualTo(403);
		assertThat(api.as("demo.district").put("/api/v1/outreach/monthly-targets?district={d}", Map.of("role",
				"SOCIAL_WORKER", "target", 12), DemoOrg.OTHER_DISTRICT).status()).isEqualTo(404);
		assertThat(api.as("demo.district").put("/api/v1/outreach/monthly-targets?district={d}", Map.of("role",
				"SOCIAL_WORKER", "target", 500), DemoOrg.DISTRICT).status()).isEqualTo(422);
		var set = api.as("demo.district").put("/api/v1/outreach/monthly-targets?district={d}", Map.of("role",
				"SOCIAL_WORKER", "target", 12), DemoOrg.DISTRICT);
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		try {
			assertThat(target(api.as("demo.lead").get("/api/v1/outreach/progress?office={o}", DemoOrg.OFFICE), worker))
					.isEqualTo(12);
		}
		finally {
			api.as("demo.district").put("/api/v1/outreach/monthly-targets?district={d}", Map.of("role", "SOCIAL_WORKER",
					"target", 15), DemoOrg.DISTRICT);
		}
		assertThat(api.as("demo.other").get("/api/v1/outreach/progress?office={o}", DemoOrg.OFFICE).status()).isEqualTo(404);
		assertThat(api.as("demo.admin-team").get("/api/v1/outreach/progress?office={o}", DemoOrg.OFFICE).status())
				.isEqualTo(403);
	}

	private static long visited(Api.Response response, String userId) {
		for (var p : response.json().get("people")) {
			if (p.get("userId").asString().equals(userId)) {
				return p.get("visited").asLong();
			}
		}
		throw new AssertionError("no progress of " + userId + " in " + response.body());
	}

	private static int target(Api.Response response, String userId) {
		for (var p : response.json().get("people")) {
			if (p.get("userId").asString().equals(userId)) {
				return p.get("target").asInt();
			}
		}
		throw new AssertionError("no progress of " + userId + " in " + response.body());
	}
}
