package kr.dolbom.discovery.internal;

import static kr.dolbom.discovery.DiscoveryFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.dolbom.discovery.DiscoveryFixtures;
import kr.dolbom.org.DemoOrg;
import kr.dolbom.support.Api;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * Appendix 1: "비대상 등록된 대상자는 발굴변수의 변동이 있지 않는 한 1년 간 발굴대상자로 분배되지 않음"
 * — a non-target of 11 months ago with unchanged indicators is not distributed again; with changed
 * indicators it is (and an alert "발굴변수변동" is raised on the non-target).
 */
@DolbomIntegrationTest
class NonTargetRedistributionIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	private String nonTargetElevenMonthsAgo(DiscoveryFixtures fixtures, String rrn, String name) {
		var round = fixtures.distributedRound("POWER_CUT", Map.of(rrn, name));
		var target = fixtures.targetOf(round, name);
		var body = new HashMap<String, Object>(Map.of("result", "NON_TARGET", "contactMethod", "PHONE",
				"reasonCode", "ALREADY_SUPPORTED"));
		var response = api.as("demo.worker").post("/api/v1/discovery/targets/{id}/result", body, target);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		var nonTarget = response.json().get("target").get("nonTargets").get(0).get("id").asString();
		jdbc.sql("UPDATE discovery_non_target SET registered_on = ? WHERE id = ?")
				.params(LocalDate.now().minusMonths(11), UUID.fromString(nonTarget)).update();
		return nonTarget;
	}

	private long targetsNamed(String round, String name) {
		return jdbc.sql("SELECT COUNT(*) FROM discovery_target WHERE round_id = ? AND name = ?")
				.params(UUID.fromString(round), name).query(Long.class).single();
	}

	@Test
	void aNonTargetOfElevenMonthsAgoWithUnchangedIndicatorsIsNotDistributedAgain() {
		var fixtures = new DiscoveryFixtures(api);
		var rrn = CaseFixtures.newRrn("470707", '1');
		nonTargetElevenMonthsAgo(fixtures, rrn, "재분배안됨");

		var round = fixtures.round(100);
		fixtures.uploadOk(round, "POWER_CUT", row(rrn, "재분배안됨", DemoOrg.OFFICE, 20_000L)
				+ row(CaseFixtures.newRrn("470708", '2'), "새대상", DemoOrg.OFFICE, 1L));
		var scored = fixtures.score(round);
		assertThat(scored.json().get("counts").get("skippedNonTargets").asInt()).isEqualTo(1);
		fixtures.distribute(round);
		assertThat(targetsNamed(round, "재분배안됨")).isZero();
		assertThat(targetsNamed(round, "새대상")).isEqualTo(1);
	}

	@Test
	void withChangedIndicatorsItIsDistributedAndTheNonTargetIsAlerted() {
		var fixtures = new DiscoveryFixtures(api);
		var rrn = CaseFixtures.newRrn("470709", '2');
		var nonTarget = nonTargetElevenMonthsAgo(fixtures, rrn, "변동있음");

		var round = fixtures.round(100);
		fixtures.uploadOk(round, "POWER_CUT", row(rrn, "변동있음", DemoOrg.OFFICE, 20_000L));
		fixtures.uploadOk(round, "HEALTH_PREMIUM_ARREARS", row(rrn, "변동있음", DemoOrg.OFFICE, 300_000L));
		var scored = fixtures.score(round);
		assertThat(scored.json().get("counts").get("skippedNonTargets").asInt()).isZero();
		fixtures.distribute(round);
		assertThat(targetsNamed(round, "변동있음")).isEqualTo(1);
		assertThat(jdbc.sql("SELECT kind FROM discovery_alert WHERE subject_id = ? ORDER BY kind")
				.param(UUID.fromString(nonTarget)).query(String.class).list())
				.containsExactly("INDICATOR_CHANGED", "SELECTED_IN_ROUND");
	}

	@Test
	void aNonTargetOfThirteenMonthsAgoIsDistributedAgain() {
		var fixtures = new DiscoveryFixtures(api);
		var rrn = CaseFixtures.newRrn("470710", '1');
		var nonTarget = nonTargetElevenMonthsAgo(fixtures, rrn, "일년지남");
		jdbc.sql("UPDATE discovery_non_target SET registered_on = ? WHERE id = ?")
				.params(LocalDate.now().minusMonths(13), UUID.fromString(nonTarget)).update();
		var round = fixtures.round(100);
		fixtures.uploadOk(round, "POWER_CUT", row(rrn, "일년지남", DemoOrg.OFFICE, 20_000L));
		fixtures.score(round);
		fixtures.distribute(round);
		assertThat(targetsNamed(round, "일년지남")).isEqualTo(1);
	}
}
