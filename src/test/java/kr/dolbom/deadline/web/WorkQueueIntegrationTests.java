package kr.dolbom.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.deadline.DeadlineFixtures;
import kr.dolbom.org.DemoOrg;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/** api.md "Work queue": the caller's (or team's) open deadlines in scope, overdue first, then by due date. */
@DolbomIntegrationTest
class WorkQueueIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	Clock clock;

	private DeadlineFixtures fixtures() {
		return new DeadlineFixtures(api);
	}

	private static List<String> deadlineIds(JsonNode queue) {
		List<String> ids = new ArrayList<>();
		queue.forEach(item -> ids.add(item.get("deadlineId").asString()));
		return ids;
	}

	/** Overdue items first, then by due date. */
	private static void assertQueueOrder(JsonNode queue) {
		for (int i = 1; i < queue.size(); i++) {
			var previous = queue.get(i - 1);
			var current = queue.get(i);
			if (previous.get("overdue").asBoolean() == current.get("overdue").asBoolean()) {
				assertThat(previous.get("dueOn").asString()).isLessThanOrEqualTo(current.get("dueOn").asString());
			}
			else {
				assertThat(previous.get("overdue").asBoolean()).as("overdue first").isTrue();
			}
		}
	}

	@Test
	void myQueueShowsMyOpenDeadlinesOverdueFirst() {
		var me = fixtures().userId("demo.worker");
		var person = UUID.randomUUID().toString();
		var today = LocalDate.now(clock);
		var later = fixtures().openCaseDeadline("ASSESSMENT", "REQUEST", today, Map.of("assigneeId", me, "personId", person));
		var overdue = fixtures().openCaseDeadline("SELECTION", "ASSESSMENT", LocalDate.of(2026, 9, 1),
				Map.of("assigneeId", me, "personId", person));
		var done = fixtures().openCaseDeadline("INTAKE", "REQUEST", LocalDate.of(2026, 9, 1), Map.of("assigneeId", me));
		api.as("demo.worker").post("/api/v1/deadlines/{id}/complete", Map.of("doneOn", "2026-09-01"), done.get("id").asString());
		var someoneElses = fixtures().openCaseDeadline("ASSESSMENT", "REQUEST", today,
				Map.of("assigneeId", fixtures().userId("demo.nurse")));

		var response = api.as("demo.worker").get("/api/v1/work-queue?assignee=me");
		assertThat(response.status()).isEqualTo(200);
		var queue = response.json();
		assertQueueOrder(queue);
		var ids = deadlineIds(queue);
		assertThat(ids).contains(later.get("id").asString(), overdue.get("id").asString())
				.doesNotContain(done.get("id").asString(), someoneElses.get("id").asString());
		assertThat(ids.indexOf(overdue.get("id").asString())).isLessThan(ids.indexOf(later.get("id").asString()));

		var item = queue.get(ids.indexOf(overdue.get("id").asString()));
		assertThat(item.get("caseId").asString()).isEqualTo(overdue.get("subjectId").asString());
		assertThat(item.get("targetId").isNull()).isTrue();
		assertThat(item.get("step").asString()).isEqualTo("SELECTION");
		assertThat(item.get("dueOn").asString()).isEqualTo("2026-09-08");
		assertThat(item.get("overdue").asBoolean()).isTrue();
		assertThat(item.get("person").get("id").asString()).isEqualTo(person);
		// without assignee the default is "me"
		assertThat(deadlineIds(api.as("demo.worker").get("/api/v1/work-queue").json())).isEqualTo(ids);
	}

	@Test
	void theTeamQueueHasTheTeamsDeadlinesAndTheUnownedOnesOfItsOffice() {
		var team = fixtures().teamId("demo.worker");
		var ofTeam = fixtures().openCaseDeadline("ASSESSMENT", "REQUEST", LocalDate.of(2026, 10, 1),
				Map.of("teamId", team, "assigneeId", fixtures().userId("demo.worker")));
		var unowned = fixtures().openCaseDeadline("INTAKE", "REQUEST", LocalDate.of(2026, 10, 1), Map.of());
		var target = api.as("demo.worker").post("/api/v1/deadlines", DeadlineFixtures.body("TARGET", UUID.randomUUID(),
				"TARGET_PROCESSING", Map.of("DISTRIBUTION", "2026-05-15"), DemoOrg.OFFICE));
		assertThat(target.json().get("dueOn").asString()).isEqualTo("2026-11-16"); // 6 months end on Sun 11-15

		var response = api.as("demo.lead").get("/api/v1/work-queue?assignee=team");
		assertThat(response.status()).isEqualTo(200);
		assertQueueOrder(response.json());
		var ids = deadlineIds(response.json());
		assertThat(ids).contains(ofTeam.get("id").asString(), unowned.get("id").asString(),
				target.json().get("id").asString());
		response.json().forEach(item -> {
			if (item.get("deadlineId").asString().equals(target.json().get("id").asString())) {
				assertThat(item.get("targetId").asString()).isEqualTo(target.json().get("subjectId").asString());
				assertThat(item.get("caseId").isNull()).isTrue();
			}
		});
		// another office's team does not see them
		assertThat(deadlineIds(api.as("demo.other").get("/api/v1/work-queue?assignee=team").json()))
				.doesNotContain(ofTeam.get("id").asString(), unowned.get("id").asString());
	}

	@Test
	void deadlinesOutsideTheCallersScopeNeverAppearEvenWhenAssignedToThem() {
		var assignedAcrossDistricts = fixtures().openCaseDeadline("ASSESSMENT", "REQUEST", LocalDate.of(2026, 10, 1),
				Map.of("assigneeId", fixtures().userId("demo.other")));
		assertThat(deadlineIds(api.as("demo.other").get("/api/v1/work-queue?assignee=me").json()))
				.doesNotContain(assignedAcrossDistricts.get("id").asString());
	}

	@Test
	void theQueueIsForStaffWhoWorkOnCases() {
		assertThat(api.as("demo.admin").get("/api/v1/work-queue").status()).isEqualTo(403);
		assertThat(api.as("demo.province").get("/api/v1/work-queue").status()).isEqualTo(403);
		assertThat(api.as("demo.resource").get("/api/v1/work-queue").status()).isEqualTo(403);
		assertThat(api.as("demo.head").get("/api/v1/work-queue?assignee=me").status()).isEqualTo(200);
		var noTeam = api.as("demo.head").get("/api/v1/work-queue?assignee=team");
		assertThat(noTeam.status()).isEqualTo(422);
		assertThat(noTeam.json().get("errors").get(0).get("message").asString())
				.isEqualTo("소속 팀이 없어 팀 업무 목록을 볼 수 없습니다.");
		assertThat(api.as("demo.worker").get("/api/v1/work-queue?assignee=everyone").status()).isEqualTo(422);
	}
}
