package kr.dolbom.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.deadline.DeadlineFixtures;
import kr.dolbom.deadline.PeriodUnit;
import kr.dolbom.deadline.WorkingDays;
import kr.dolbom.org.DemoOrg;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Deadline rules as configuration: the administrator adds versions with an effective date; a
 * deadline keeps the version it was computed with, so a change applies to new deadlines only.
 */
@DolbomIntegrationTest
class DeadlineRuleIntegrationTests {

	private static final String RULE = "/api/v1/deadline-rules/REFERRAL_CHECK/STANDARD";

	@Autowired
	Api api;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	Clock clock;

	private JsonNode rule() {
		var response = api.as("demo.admin").get(RULE);
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	private Api.Response addVersion(String username, Map<String, Object> changes) {
		Map<String, Object> body = new HashMap<>();
		body.put("amount", 10);
		body.put("unit", "WORKING_DAYS");
		body.put("effectiveFrom", LocalDate.now(clock).toString());
		body.put("note", "테스트");
		body.put("basedOnVersion", rule().get("rule").get("latestVersion").asInt());
		body.putAll(changes);
		return api.as(username).post(RULE + "/versions", body);
	}

	private JsonNode openReferralCheck(LocalDate referredOn) {
		var response = api.as("demo.worker").post("/api/v1/deadlines", DeadlineFixtures.body("REFERRAL", UUID.randomUUID(),
				"REFERRAL_CHECK", Map.of("REFERRAL", referredOn.toString()), DemoOrg.OFFICE));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	@Test
	void changingARuleChangesNewDeadlinesOnly() {
		var today = LocalDate.now(clock);
		var before = openReferralCheck(today);
		int oldVersion = before.get("ruleVersion").asInt();
		var oldDue = workingDays.after(DemoOrg.OFFICE, today, 10, PeriodUnit.WORKING_DAYS);
		assertThat(before.get("dueOn").asString()).isEqualTo(oldDue.toString());
		try {
			var added = addVersion("demo.admin", Map.of("amount", 3, "note", "외부 의뢰 확인을 3근무일로 단축"));
			assertThat(added.status()).as(added.body()).isEqualTo(201);
			int newVersion = added.json().get("version").asInt();
			assertThat(newVersion).isEqualTo(oldVersion + 1);

			// the deadline computed before keeps its due date and its rule version
			var unchanged = api.as("demo.worker").get("/api/v1/deadlines/{id}", before.get("id").asString()).json();
			assertThat(unchanged.get("dueOn").asString()).isEqualTo(oldDue.toString());
			assertThat(unchanged.get("ruleVersion").asInt()).isEqualTo(oldVersion);

			// a new deadline anchored today follows the new version
			var after = openReferralCheck(today);
			assertThat(after.get("ruleVersion").asInt()).isEqualTo(newVersion);
			assertThat(after.get("dueOn").asString())
					.isEqualTo(workingDays.after(DemoOrg.OFFICE, today, 3, PeriodUnit.WORKING_DAYS).toString());

			// a referral made before the change still has the rule of its day
			var earlier = openReferralCheck(today.minusDays(1));
			assertThat(earlier.get("ruleVersion").asInt()).isEqualTo(oldVersion);

			// the history keeps every version with who changed it and why, newest first
			var versions = rule().get("versions");
			assertThat(versions.get(0).get("version").asInt()).isEqualTo(newVersion);
			assertThat(versions.get(0).get("note").asString()).isEqualTo("외부 의뢰 확인을 3근무일로 단축");
			assertThat(versions.get(0).get("createdBy").asString()).isEqualTo("demo.admin");
			assertThat(rule().get("rule").get("current").get("amount").asInt()).isEqualTo(3);
		}
		finally {
			// leave the shared rule as it was: a further version with the default period
			assertThat(addVersion("demo.admin", Map.of("note", "테스트 후 기본값 복원")).status()).isEqualTo(201);
		}
		assertThat(openReferralCheck(today).get("dueOn").asString()).isEqualTo(oldDue.toString());
	}

	@Test
	void aNewVersionIsValidatedAndNothingIsStored() {
		int latest = rule().get("rule").get("latestVersion").asInt();
		var bad = addVersion("demo.admin", Map.of("amount", 400, "effectiveFrom",
				LocalDate.now(clock).minusDays(1).toString(), "note", " ", "capAmount", 30, "capUnit", "CALENDAR_DAYS"));
		assertThat(bad.status()).isEqualTo(422);
		List<String> fields = new ArrayList<>();
		bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("amount", "effectiveFrom", "note", "capAmount");
		bad.json().get("errors").forEach(e -> {
			if (e.get("field").asString().equals("amount")) {
				assertThat(e.get("message").asString()).isEqualTo("기간은 0부터 60 사이여야 합니다.");
			}
		});
		// backwards only where the anchor lies ahead (the planned closure)
		assertThat(addVersion("demo.admin", Map.of("amount", -5)).status()).isEqualTo(422);
		assertThat(rule().get("rule").get("latestVersion").asInt()).isEqualTo(latest);
	}

	@Test
	void aVersionBasedOnAnOlderOneIsAStaleEdit() {
		int latest = rule().get("rule").get("latestVersion").asInt();
		var stale = addVersion("demo.admin", Map.of("basedOnVersion", latest - 1 < 1 ? 0 : latest - 1));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
	}

	@Test
	void onlyTheAdministratorChangesRulesAndStaffReadThem() {
		assertThat(addVersion("demo.worker", Map.of()).status()).isEqualTo(403);
		assertThat(addVersion("demo.district", Map.of()).status()).isEqualTo(403);
		assertThat(api.as("demo.worker").get("/api/v1/deadline-rules").status()).isEqualTo(200);
		assertThat(api.as("demo.partner").get("/api/v1/deadline-rules").status()).isEqualTo(403);
		assertThat(api.as("demo.admin").get("/api/v1/deadline-rules/LUNCH/STANDARD").status()).isEqualTo(404);
	}

	@Test
	void everyStepOfApiMdHasADefaultRule() {
		var rules = api.as("demo.admin").get("/api/v1/deadline-rules").json();
		List<String> keys = new ArrayList<>();
		rules.forEach(r -> keys.add(r.get("step").asString() + "/" + r.get("variant").asString()));
		assertThat(keys).contains("INITIAL_CONSULTATION/STANDARD", "INTAKE/STANDARD", "ASSESSMENT/STANDARD",
				"SELECTION/STANDARD", "PLAN/STANDARD", "DECISION_NOTICE/STANDARD", "LINKAGE/STANDARD",
				"PROVISION_CHECK/STANDARD", "CLOSURE/STANDARD", "FOLLOW_UP/FIRST", "FOLLOW_UP/SECOND",
				"FOLLOW_UP/SERVICE_LINK", "SATISFACTION_SURVEY/STANDARD", "REFERRAL_CHECK/STANDARD", "NO_CONTACT/STANDARD",
				"TARGET_PROCESSING/STANDARD", "SELF_MANAGED_CONTACT/STANDARD");
		rules.forEach(r -> {
			if (r.get("step").asString().equals("PLAN")) {
				assertThat(r.get("current").get("cap").get("amount").asInt()).isEqualTo(30);
				assertThat(r.get("current").get("cap").get("anchor").asString()).isEqualTo("INTAKE");
			}
		});
	}
}
