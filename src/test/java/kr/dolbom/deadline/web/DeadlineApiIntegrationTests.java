package kr.dolbom.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.dolbom.deadline.DeadlineFixtures;
import kr.dolbom.org.DemoOrg;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The deadline store through the REST API: due dates from the rules and the office calendar,
 * completion, the plan's 30-day cap, validation (422), scope (404) and roles (403).
 */
@DolbomIntegrationTest
class DeadlineApiIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	private DeadlineFixtures fixtures() {
		return new DeadlineFixtures(api);
	}

	private static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	private static String message(JsonNode problem, String field) {
		for (var error : problem.get("errors")) {
			if (error.get("field").asString().equals(field)) {
				return error.get("message").asString();
			}
		}
		return null;
	}

	@Test
	void anAssessmentIsDueTenWorkingDaysAfterTheRequestSkippingChuseokAndTheSubstituteHoliday() {
		// Mon 2026-09-21 + 10 working days: 추석 09-24..26, 개천절 Sat 10-03 and its 대체공휴일 10-05
		var deadline = fixtures().openCaseDeadline("ASSESSMENT", "REQUEST", LocalDate.of(2026, 9, 21), Map.of());
		assertThat(deadline.get("dueOn").asString()).isEqualTo("2026-10-08");
		assertThat(deadline.get("state").asString()).isEqualTo("OPEN");
		assertThat(deadline.get("step").asString()).isEqualTo("ASSESSMENT");
		assertThat(deadline.get("caseId").asString()).isEqualTo(deadline.get("subjectId").asString());
		assertThat(deadline.get("overdue").asBoolean()).isTrue(); // still open after its due date
		assertThat(deadline.get("ruleVersion").asInt()).isEqualTo(1);
	}

	@Test
	void theServicePlanIsDueAtTheEarlierOfSelectionPlus15WorkingDaysAndIntakePlus30Days() {
		// domain.md §4.7: intake 03-03 + 30 days = Thu 04-02 comes before selection 03-20 + 15 working days (04-10)
		var body = DeadlineFixtures.body("CASE", UUID.randomUUID(), "PLAN",
				Map.of("INTAKE", "2026-03-03", "SELECTION", "2026-03-20"), DemoOrg.OFFICE);
		var capped = api.as("demo.worker").post("/api/v1/deadlines", body);
		assertThat(capped.status()).as(capped.body()).isEqualTo(201);
		assertThat(capped.json().get("dueOn").asString()).isEqualTo("2026-04-02");

		// selection the day after intake: 15 working days (Wed 03-25) come first
		var early = api.as("demo.worker").post("/api/v1/deadlines", DeadlineFixtures.body("CASE", UUID.randomUUID(),
				"PLAN", Map.of("INTAKE", "2026-03-03", "SELECTION", "2026-03-04"), DemoOrg.OFFICE));
		assertThat(early.json().get("dueOn").asString()).isEqualTo("2026-03-25");

		// without the intake date the cap cannot be computed: 422, nothing stored
		var subject = UUID.randomUUID();
		var missing = api.as("demo.worker").post("/api/v1/deadlines",
				DeadlineFixtures.body("CASE", subject, "PLAN", Map.of("SELECTION", "2026-03-04"), DemoOrg.OFFICE));
		assertThat(missing.status()).isEqualTo(422);
		assertThat(fields(missing.json())).containsExactly("anchors.INTAKE");
		assertThat(message(missing.json(), "anchors.INTAKE")).isEqualTo("접수 날짜가 필요합니다.");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM deadline WHERE subject_id = ?").param(subject).query(Long.class).single())
				.isZero();
	}

	@Test
	void aSubjectsDeadlinesShowStepDueDoneAndOverdue() {
		var worker = api.as("demo.worker");
		var caseId = UUID.randomUUID();
		var opened = worker.post("/api/v1/deadlines", DeadlineFixtures.body("CASE", caseId, "ASSESSMENT",
				Map.of("REQUEST", "2026-09-21"), DemoOrg.OFFICE));
		var intake = worker.post("/api/v1/deadlines", DeadlineFixtures.body("CASE", caseId, "INTAKE",
				Map.of("REQUEST", "2026-09-21"), DemoOrg.OFFICE));
		assertThat(intake.json().get("dueOn").asString()).isEqualTo("2026-09-21"); // the same day

		var done = worker.post("/api/v1/deadlines/{id}/complete", Map.of("doneOn", "2026-10-07"),
				opened.json().get("id").asString());
		assertThat(done.status()).as(done.body()).isEqualTo(200);
		assertThat(done.json().get("state").asString()).isEqualTo("DONE");
		assertThat(done.json().get("overdue").asBoolean()).isFalse(); // done a day before it was due

		var list = worker.get("/api/v1/deadlines?subjectType=CASE&subjectId=" + caseId);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json()).hasSize(2);
		var first = list.json().get(0); // due-date order: intake 09-21 first
		assertThat(first.get("step").asString()).isEqualTo("INTAKE");
		assertThat(first.get("overdue").asBoolean()).isTrue();
		assertThat(first.get("doneOn").isNull()).isTrue();
		var second = list.json().get(1);
		assertThat(second.get("step").asString()).isEqualTo("ASSESSMENT");
		assertThat(second.get("dueOn").asString()).isEqualTo("2026-10-08");
		assertThat(second.get("doneOn").asString()).isEqualTo("2026-10-07");

		// completing twice is an illegal transition
		var again = worker.post("/api/v1/deadlines/{id}/complete", Map.of("doneOn", "2026-10-07"),
				opened.json().get("id").asString());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("deadline-not-open");
	}

	@Test
	void aStepDoneLateIsOverdueAndAFutureDoneDateIsRefused() {
		var deadline = fixtures().openCaseDeadline("SELECTION", "ASSESSMENT", LocalDate.of(2026, 10, 12), Map.of());
		assertThat(deadline.get("dueOn").asString()).isEqualTo("2026-10-19");
		var id = deadline.get("id").asString();
		var future = api.as("demo.worker").post("/api/v1/deadlines/{id}/complete",
				Map.of("doneOn", LocalDate.now().plusDays(3).toString()), id);
		assertThat(future.status()).isEqualTo(422);
		assertThat(message(future.json(), "doneOn")).isEqualTo("완료일은 오늘 이후일 수 없습니다.");
		var late = api.as("demo.worker").post("/api/v1/deadlines/{id}/complete", Map.of("doneOn", "2026-10-21"), id);
		assertThat(late.json().get("overdue").asBoolean()).isTrue();
	}

	@Test
	void openingTheSameStepAgainReturnsTheOpenDeadlineOrIsRefusedWithAnotherAnchor() {
		var worker = api.as("demo.worker");
		var body = DeadlineFixtures.body("CASE", UUID.randomUUID(), "ASSESSMENT", Map.of("REQUEST", "2026-11-02"),
				DemoOrg.OFFICE);
		var first = worker.post("/api/v1/deadlines", body);
		var again = worker.post("/api/v1/deadlines", body);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());

		body.put("anchors", Map.of("REQUEST", "2026-11-03"));
		var other = worker.post("/api/v1/deadlines", body);
		assertThat(other.status()).isEqualTo(409);
		assertThat(other.json().get("code").asString()).isEqualTo("deadline-already-open");

		// once cancelled, the step can be opened again
		var cancelled = worker.post("/api/v1/deadlines/{id}/cancel", Map.of("reason", "미선정"),
				first.json().get("id").asString());
		assertThat(cancelled.json().get("state").asString()).isEqualTo("CANCELLED");
		assertThat(worker.post("/api/v1/deadlines", body).status()).isEqualTo(201);
	}

	@Test
	void badInputIsRefusedWithKoreanMessagesAndNothingIsStored() {
		var worker = api.as("demo.worker");
		var subject = UUID.randomUUID();
		var future = worker.post("/api/v1/deadlines", DeadlineFixtures.body("CASE", subject, "ASSESSMENT",
				Map.of("REQUEST", LocalDate.now().plusDays(30).toString()), DemoOrg.OFFICE));
		assertThat(future.status()).isEqualTo(422);
		assertThat(message(future.json(), "anchors.REQUEST")).isEqualTo("사례관리 요청 날짜는 오늘 이후일 수 없습니다.");

		var district = worker.post("/api/v1/deadlines", DeadlineFixtures.body("CASE", subject, "ASSESSMENT",
				Map.of("REQUEST", "2026-11-02"), DemoOrg.DISTRICT));
		assertThat(district.status()).isEqualTo(404); // 공주시 itself is no office in the worker's scope

		var noRule = worker.post("/api/v1/deadlines", DeadlineFixtures.body("CASE", subject, "FOLLOW_UP",
				Map.of("CLOSURE", "2026-11-02"), DemoOrg.OFFICE));
		assertThat(noRule.status()).isEqualTo(422); // follow-ups need a variant (FIRST, SECOND, SERVICE_LINK)
		assertThat(fields(noRule.json())).containsExactly("variant");

		var nullAnchor = worker.postRaw("/api/v1/deadlines", """
				{"subjectType":"CASE","subjectId":"%s","step":"ASSESSMENT","anchors":{"REQUEST":null},"officeCode":"4415057000"}"""
				.formatted(subject));
		assertThat(nullAnchor.status()).isEqualTo(422);
		assertThat(message(nullAnchor.json(), "anchors.REQUEST")).isEqualTo("사례관리 요청 날짜가 필요합니다.");

		var unknownStep = worker.postRaw("/api/v1/deadlines", """
				{"subjectType":"CASE","subjectId":"%s","step":"LUNCH","anchors":{"REQUEST":"2026-11-02"},"officeCode":"4415057000"}"""
				.formatted(subject));
		assertThat(unknownStep.status()).isEqualTo(422);

		var cancel = worker.post("/api/v1/deadlines/{id}/cancel", Map.of("reason", " "),
				fixtures().openCaseDeadline("INTAKE", "REQUEST", LocalDate.of(2026, 11, 2), Map.of()).get("id").asString());
		assertThat(cancel.status()).isEqualTo(422);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM deadline WHERE subject_id = ?").param(subject).query(Long.class).single())
				.isZero();
	}

	@Test
	void followUpsAreOpenedPerVariant() {
		var worker = api.as("demo.worker");
		var caseId = UUID.randomUUID();
		var first = DeadlineFixtures.body("CASE", caseId, "FOLLOW_UP", Map.of("CLOSURE", "2026-03-31"), DemoOrg.OFFICE);
		first.put("variant", "FIRST");
		var second = DeadlineFixtures.body("CASE", caseId, "FOLLOW_UP", Map.of("CLOSURE", "2026-03-31"), DemoOrg.OFFICE);
		second.put("variant", "SECOND");
		// 6 months after 2026-03-31 is 2026-09-30 (domain.md §5); 12 months: Wed 2027-03-31
		assertThat(worker.post("/api/v1/deadlines", first).json().get("dueOn").asString()).isEqualTo("2026-09-30");
		assertThat(worker.post("/api/v1/deadlines", second).json().get("dueOn").asString()).isEqualTo("2027-03-31");
	}

	@Test
	void outsideTheScopeIs404AndWithoutAWorkerRoleIs403() {
		var deadline = fixtures().openCaseDeadline("ASSESSMENT", "REQUEST", LocalDate.of(2026, 11, 2), Map.of());
		var id = deadline.get("id").asString();
		var subjectQuery = "/api/v1/deadlines?subjectType=CASE&subjectId=" + deadline.get("subjectId").asString();

		// same role, another 시군구
		assertThat(api.as("demo.other").get("/api/v1/deadlines/{id}", id).status()).isEqualTo(404);
		assertThat(api.as("demo.other").get(subjectQuery).status()).isEqualTo(404);
		assertThat(api.as("demo.other").post("/api/v1/deadlines/{id}/complete", Map.of("doneOn", "2026-11-03"), id)
				.status()).isEqualTo(404);
		var otherOpens = api.as("demo.other").post("/api/v1/deadlines", DeadlineFixtures.body("CASE", UUID.randomUUID(),
				"ASSESSMENT", Map.of("REQUEST", "2026-11-02"), DemoOrg.OFFICE));
		assertThat(otherOpens.status()).isEqualTo(404);
		// the administrator sees no personal data: no office is in scope
		assertThat(api.as("demo.admin").get("/api/v1/deadlines/{id}", id).status()).isEqualTo(404);

		// in scope, but the resource manager does not work on cases
		assertThat(api.as("demo.resource").get("/api/v1/deadlines/{id}", id).status()).isEqualTo(403);
		assertThat(api.as("demo.resource").post("/api/v1/deadlines/{id}/complete", Map.of("doneOn", "2026-11-03"), id)
				.status()).isEqualTo(403);
		// the supervisor reads but does not change
		assertThat(api.as("demo.province").get("/api/v1/deadlines/{id}", id).status()).isEqualTo(200);
		assertThat(api.as("demo.province").get(subjectQuery).json()).hasSize(1);
		assertThat(api.as("demo.province").post("/api/v1/deadlines/{id}/complete", Map.of("doneOn", "2026-11-03"), id)
				.status()).isEqualTo(403);

		// the lead of the office completes it
		assertThat(api.as("demo.lead").post("/api/v1/deadlines/{id}/complete", Map.of("doneOn", "2026-11-03"), id)
				.status()).isEqualTo(200);
	}

	@Test
	void theAssigneeAndTeamMustExistAndServeTheOffice() {
		var worker = api.as("demo.worker");
		var body = DeadlineFixtures.body("CASE", UUID.randomUUID(), "ASSESSMENT", Map.of("REQUEST", "2026-11-02"),
				DemoOrg.OFFICE);
		body.put("assigneeId", UUID.randomUUID().toString());
		body.put("teamId", fixtures().teamId("demo.other")); // 부여읍's team does not serve 신관동
		var response = worker.post("/api/v1/deadlines", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(fields(response.json())).containsExactlyInAnyOrder("assigneeId", "teamId");
		assertThat(message(response.json(), "teamId")).isEqualTo("이 읍면동을 담당하지 않는 팀입니다.");
	}
}
