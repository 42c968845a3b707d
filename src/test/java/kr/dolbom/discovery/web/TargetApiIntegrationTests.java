package kr.dolbom.discovery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.dolbom.discovery.DiscoveryFixtures;
import kr.dolbom.support.Api;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * Target processing (domain.md §6, appendix 1): confirmation by phone or visit only, the three
 * results, release of non-targets, and who may do what.
 */
@DolbomIntegrationTest
class TargetApiIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	DiscoveryFixtures fixtures() {
		return new DiscoveryFixtures(api);
	}

	private Map<String, Object> result(String result, String contact) {
		var body = new HashMap<String, Object>();
		body.put("result", result);
		if (contact != null) {
			body.put("contactMethod", contact);
		}
		return body;
	}

	private String status(String target) {
		return jdbc.sql("SELECT status FROM discovery_target WHERE id = ?").param(UUID.fromString(target))
				.query(String.class).single();
	}

	@Test
	void aDistributedTargetShowsTheIndicatorsThatPutItOnTheList() {
		var round = fixtures().distributedRound("POWER_CUT", Map.of(CaseFixtures.newRrn("540101", '1'), "설명이"));
		var target = fixtures().targetOf(round, "설명이");
		var detail = api.as("demo.worker").get("/api/v1/discovery/targets/{id}", target);
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.json().get("score").asInt()).isEqualTo(10);
		assertThat(detail.json().get("rrnMasked").asString()).matches("540101-1\\*{6}");
		var indicator = detail.json().get("indicators").get(0);
		assertThat(indicator.get("code").asString()).isEqualTo("POWER_CUT");
		assertThat(indicator.get("name").asString()).isEqualTo("단전");
		assertThat(indicator.get("points").asInt()).isEqualTo(10);
		assertThat(indicator.get("member").asString()).isEqualTo("설명이");
		// the TARGET_PROCESSING deadline is open, 6 months from distribution
		assertThat(jdbc.sql("SELECT COUNT(*) FROM deadline WHERE subject_id = ? AND step = 'TARGET_PROCESSING'")
				.param(UUID.fromString(target)).query(Long.class).single()).isEqualTo(1);
		// distributing again adds nothing
		var again = fixtures().distribute(round);
		assertThat(again.json().get("counts").get("targets").asInt()).isEqualTo(1);
	}

	@Test
	void aResultRegisteredWithContactMethodMailGets422AndNothingChanges() {
		var round = fixtures().distributedRound("GAS_CUT", Map.of(CaseFixtures.newRrn("540102", '2'), "우편이"));
		var target = fixtures().targetOf(round, "우편이");
		var mail = api.as("demo.worker").post("/api/v1/discovery/targets/{id}/result", result("SUPPORT", "MAIL"), target);
		assertThat(mail.status()).isEqualTo(422);
		assertThat(mail.json().get("errors").get(0).get("field").asString()).isEqualTo("contactMethod");
		assertThat(mail.json().get("errors").get(0).get("message").asString()).contains("우편");
		var missing = api.as("demo.worker").post("/api/v1/discovery/targets/{id}/result", result("SUPPORT", null), target);
		assertThat(missing.status()).isEqualTo(422);
		assertThat(status(target)).isEqualTo("OPEN");
	}

	@Test
	void supportAfterAPhoneCallRegistersThePersonAndContinuesIntoTheInitialConsultation() {
		var round = fixtures().distributedRound("WATER_CUT", Map.of(CaseFixtures.newRrn("540103", '1'), "지원이"));
		var target = fixtures().targetOf(round, "지원이");
		var noAddress = api.as("demo.worker").post("/api/v1/discovery/targets/{id}/result", result("SUPPORT", "PHONE"),
				target);
		assertThat(noAddress.status()).isEqualTo(422);
		var body = result("SUPPORT", "PHONE");
		body.put("addressLine", "신관로 12");
		var response = api.as("demo.worker").post("/api/v1/discovery/targets/{id}/result", body, target);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		var personId = response.json().get("target").get("personId").asString();
		assertThat(response.json().get("next").asString()).isEqualTo("/consultations/new?personId=" + personId
				+ "&route=DISCOVERY");
		assertThat(response.json().get("target").get("status").asString()).isEqualTo("PROCESSED");
		assertThat(response.json().get("target").get("supportRoute").asString()).isEqualTo("INITIAL_CONSULTATION");
		assertThat(api.as("demo.worker").get("/api/v1/persons/{id}", personId).json().get("name").asString())
				.isEqualTo("지원이");
		assertThat(jdbc.sql("SELECT done_on IS NOT NULL FROM deadline WHERE subject_id = ? AND step = 'TARGET_PROCESSING'")
				.param(UUID.fromString(target)).query(Boolean.class).single()).isTrue();
		var twice = api.as("demo.worker").post("/api/v1/discovery/targets/{id}/result", body, target);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.json().get("code").asString()).isEqualTo("target-not-open");
	}

	@Test
	void aNonTargetNeedsAReasonAndCanBeReleasedAndTheReleaseCancelled() {
		var round = fixtures().distributedRound("JOB_LOSS", Map.of(CaseFixtures.newRrn("540104", '2'), "비대상"));
		var target = fixtures().targetOf(round, "비대상");
		assertThat(api.as("demo.worker").post("/api/v1/discovery/targets/{id}/result", result("NON_TARGET", "VISIT"),
				target).status()).isEqualTo(422);
		var body = result("NON_TARGET", "VISIT");
		body.put("reasonCode", "NO_NEED");
		var response = api.as("demo.worker").post("/api/v1/discovery/targets/{id}/result", body, target);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		var nonTarget = response.json().get("target").get("nonTargets").get(0);
		assertThat(nonTarget.get("state").asString()).isEqualTo("ACTIVE");
		assertThat(nonTarget.get("indicatorCodes").asString()).isEqualTo("JOB_LOSS");
		var id = nonTarget.get("id").asString();

		assertThat(api.as("demo.worker").post("/api/v1/discovery/non-targets/{id}/release", Map.of(), id).status())
				.isEqualTo(422);
		var released = api.as("demo.worker").post("/api/v1/discovery/non-targets/{id}/release",
				Map.of("reason", "위기도 증가로 재관리"), id);
		assertThat(released.status()).as(released.body()).isEqualTo(200);
		assertThat(released.json().get("nonTargets").get(0).get("state").asString()).isEqualTo("RELEASED");
		var cancelled = api.as("demo.worker").post("/api/v1/discovery/non-targets/{id}/cancel-release", Map.of(), id);
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.json().get("nonTargets").get(0).get("state").asString()).isEqualTo("ACTIVE");
		assertThat(api.as("demo.worker").post("/api/v1/discovery/non-targets/{id}/cancel-release", Map.of(), id)
				.status()).isEqualTo(409);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM discovery_non_target_event WHERE non_target_id = ?")
				.param(UUID.fromString(id)).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void anAdditionalPersonMakesTheOriginalANonTargetForInformationMismatchAndIsProcessedLikeATarget() {
		var round = fixtures().distributedRound("RENT_ARREARS", Map.of(CaseFixtures.newRrn("540105", '1'), "원래분"));
		var target = fixtures().targetOf(round, "원래분");
		var body = result("ADDITIONAL", "VISIT");
		body.put("additionalPerson", Map.of("name", "추가분", "rrn", CaseFixtures.newRrn("750505", '2')));
		var response = api.as("demo.worker").post("/api/v1/discovery/targets/{id}/result", body, target);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("target").get("result").asString()).isEqualTo("NON_TARGET");
		assertThat(response.json().get("target").get("reasonCode").asString()).isEqualTo("INFORMATION_MISMATCH");
		var additional = response.json().get("additionalTargetId").asString();
		var created = api.as("demo.worker").get("/api/v1/discovery/targets/{id}", additional);
		assertThat(created.json().get("name").asString()).isEqualTo("추가분");
		assertThat(created.json().get("status").asString()).isEqualTo("OPEN");
		assertThat(created.json().get("selection").asString()).isEqualTo("ADDITIONAL");
		assertThat(created.json().get("additionalOf").asString()).isEqualTo(target);
		var support = result("SUPPORT", "VISIT");
		support.put("addressLine", "신관로 34");
		assertThat(api.as("demo.worker").post("/api/v1/discovery/targets/{id}/result", support, additional).status())
				.isEqualTo(200);
	}

	@Test
	void targetsAreSeenInScopeOnlyAndProcessedByTheWelfareStaff() {
		var names = new LinkedHashMap<String, String>();
		names.put(CaseFixtures.newRrn("540106", '1'), "권한이");
		var round = fixtures().distributedRound("TELECOM_ARREARS", names);
		var target = fixtures().targetOf(round, "권한이");
		assertThat(api.as("demo.other").get("/api/v1/discovery/targets/{id}", target).status()).isEqualTo(404);
		assertThat(api.as("demo.other").get("/api/v1/discovery/targets?round={r}", round).json().get("total").asInt())
				.isZero();
		var body = result("NON_TARGET", "PHONE");
		body.put("reasonCode", "REFUSED");
		assertThat(api.as("demo.other").post("/api/v1/discovery/targets/{id}/result", body, target).status())
				.isEqualTo(404);
		assertThat(api.as("demo.head").get("/api/v1/discovery/targets/{id}", target).status()).isEqualTo(200);
		assertThat(api.as("demo.head").post("/api/v1/discovery/targets/{id}/result", body, target).status())
				.isEqualTo(403);
		assertThat(api.as("demo.nurse").post("/api/v1/discovery/targets/{id}/result", body, target).status())
				.isEqualTo(403);
		assertThat(api.as("demo.partner").get("/api/v1/discovery/targets/{id}", target).status()).isEqualTo(404);
		assertThat(api.as("demo.lead").post("/api/v1/discovery/targets/{id}/result", body, target).status())
				.isEqualTo(200);
	}
}
