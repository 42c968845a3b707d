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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import kr.dolbom.deadline.DeadlineFixtures;
import kr.dolbom.deadline.DeadlineOverdue;
import kr.dolbom.deadline.internal.DeadlineSweep;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The daily sweep: overdue marking (once, with an event), reminders to the assignee, else the team,
 * else the office's team leads — and a second run on the same day changes nothing more.
 */
@DolbomIntegrationTest
@RecordApplicationEvents
class DeadlineSweepIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	private DeadlineFixtures fixtures() {
		return new DeadlineFixtures(api);
	}

	private List<String> notices(String deadlineId) {
		return jdbc.sql("SELECT kind FROM deadline_notification WHERE deadline_id = CAST(? AS UUID) ORDER BY kind")
				.param(deadlineId).query(String.class).list();
	}

	private static List<String> notificationDeadlines(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach(n -> ids.add(n.get("deadlineId").asString()));
		return ids;
	}

	@Test
	void theSweepMarksOverdueDeadlinesAndRemindsOnceEvenWhenRunTwice() {
		var today = LocalDate.now(clock);
		var me = fixtures().userId("demo.worker");
		var overdue = fixtures().openCaseDeadline("SELECTION", "ASSESSMENT", LocalDate.of(2026, 9, 1), Map.of("assigneeId", me));
		var dueToday = fixtures().openCaseDeadline("INTAKE", "REQUEST", today, Map.of("assigneeId", me));
		var farAway = fixtures().openCaseDeadline("DECISION_NOTICE", "APPLICATION", today, Map.of("assigneeId", me));
		var overdueId = overdue.get("id").asString();

		var first = sweep.run(today, DeadlineSweep.TriggerKind.MANUAL, "test", null);
		assertThat(first.markedOverdue()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("SELECT overdue FROM deadline WHERE id = CAST(? AS UUID)").param(overdueId)
				.query(Boolean.class).single()).isTrue();
		assertThat(notices(overdueId)).containsExactly("OVERDUE");
		assertThat(notices(dueToday.get("id").asString())).containsExactly("DUE_SOON");
		assertThat(notices(farAway.get("id").asString())).isEmpty();
		assertThat(events.stream(DeadlineOverdue.class).filter(e -> e.deadline().toString().equals(overdueId)).count())
				.isEqualTo(1);

		var second = sweep.run(today, DeadlineSweep.TriggerKind.MANUAL, "test", null);
		assertThat(second.markedOverdue()).isZero();
		assertThat(second.overdueNotices()).isZero();
		assertThat(second.dueSoonNotices()).isZero();
		assertThat(notices(overdueId)).containsExactly("OVERDUE");
		assertThat(notices(dueToday.get("id").asString())).containsExactly("DUE_SOON");
		assertThat(events.stream(DeadlineOverdue.class).filter(e -> e.deadline().toString().equals(overdueId)).count())
				.isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM deadline_sweep_run WHERE id IN (?, ?) AND finished_at IS NOT NULL")
				.params(first.runId(), second.runId()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void remindersGoToTheAssigneeElseTheTeamElseTheOfficesLeads() {
		var today = LocalDate.now(clock);
		var assigned = fixtures().openCaseDeadline("SELECTION", "ASSESSMENT", LocalDate.of(2026, 9, 2),
				Map.of("assigneeId", fixtures().userId("demo.worker")));
		var teamOnly = fixtures().openCaseDeadline("SELECTION", "ASSESSMENT", LocalDate.of(2026, 9, 2),
				Map.of("teamId", fixtures().teamId("demo.worker")));
		var nobodys = fixtures().openCaseDeadline("SELECTION", "ASSESSMENT", LocalDate.of(2026, 9, 2), Map.of());
		sweep.run(today, DeadlineSweep.TriggerKind.MANUAL, "test", null);

		var worker = notificationDeadlines(api.as("demo.worker").get("/api/v1/notifications?size=200").json());
		var nurse = notificationDeadlines(api.as("demo.nurse").get("/api/v1/notifications?size=200").json());
		var lead = notificationDeadlines(api.as("demo.lead").get("/api/v1/notifications?size=200").json());
		var other = notificationDeadlines(api.as("demo.other").get("/api/v1/notifications?size=200").json());
		assertThat(worker).contains(assigned.get("id").asString(), teamOnly.get("id").asString())
				.doesNotContain(nobodys.get("id").asString());
		assertThat(nurse).contains(teamOnly.get("id").asString()).doesNotContain(assigned.get("id").asString());
		assertThat(lead).contains(teamOnly.get("id").asString(), nobodys.get("id").asString());
		assertThat(other).doesNotContain(assigned.get("id").asString(), teamOnly.get("id").asString(),
				nobodys.get("id").asString());
	}

	@Test
	void aReminderIsMarkedReadByEachUser() {
		var today = LocalDate.now(clock);
		var teamOnly = fixtures().openCaseDeadline("SELECTION", "ASSESSMENT", LocalDate.of(2026, 9, 3),
				Map.of("teamId", fixtures().teamId("demo.worker")));
		sweep.run(today, DeadlineSweep.TriggerKind.MANUAL, "test", null);
		var notificationId = jdbc.sql("SELECT id FROM deadline_notification WHERE deadline_id = CAST(? AS UUID)")
				.param(teamOnly.get("id").asString()).query(UUID.class).single().toString();

		var unreadBefore = api.as("demo.nurse").get("/api/v1/notifications/unread-count").json().get("unread").asLong();
		assertThat(notificationDeadlines(api.as("demo.nurse").get("/api/v1/notifications?unread=true&size=200").json()))
				.contains(teamOnly.get("id").asString());
		assertThat(api.as("demo.nurse").post("/api/v1/notifications/{id}/read", null, notificationId).status())
				.isEqualTo(204);
		assertThat(notificationDeadlines(api.as("demo.nurse").get("/api/v1/notifications?unread=true&size=200").json()))
				.doesNotContain(teamOnly.get("id").asString());
		assertThat(api.as("demo.nurse").get("/api/v1/notifications/unread-count").json().get("unread").asLong())
				.isEqualTo(unreadBefore - 1);
		// read by the nurse, still unread for the worker of the same team
		assertThat(notificationDeadlines(api.as("demo.worker").get("/api/v1/notifications?unread=true&size=200").json()))
				.contains(teamOnly.get("id").asString());
		// someone it was not addressed to cannot touch it
		assertThat(api.as("demo.other").post("/api/v1/notifications/{id}/read", null, notificationId).status())
				.isEqualTo(404);
		assertThat(api.as("demo.worker").post("/api/v1/notifications/read-all", null).status()).isEqualTo(200);
		assertThat(api.as("demo.worker").get("/api/v1/notifications/unread-count").json().get("unread").asLong()).isZero();
	}

	@Test
	void theAdministratorCanRunTheSweepNowAndNobodyElse() {
		assertThat(api.as("demo.worker").post("/api/v1/admin/deadline-sweep", null).status()).isEqualTo(403);
		assertThat(api.as("demo.district").post("/api/v1/admin/deadline-sweep", null).status()).isEqualTo(403);
		var run = api.as("demo.admin").post("/api/v1/admin/deadline-sweep", null);
		assertThat(run.status()).isEqualTo(200);
		assertThat(run.json().get("runDate").asString()).isEqualTo(LocalDate.now(clock).toString());
	}
}
