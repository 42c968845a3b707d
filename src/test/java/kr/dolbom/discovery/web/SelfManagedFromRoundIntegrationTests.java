package kr.dolbom.discovery.web;

import static kr.dolbom.discovery.web.SelfManagedFixtures.SINGWAN;
import static kr.dolbom.discovery.web.SelfManagedFixtures.resident;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.discovery.DiscoveryFixtures;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * seeds appendix 1 6-1 방법2 "차수별 미지원 대상자 조회를 통한 등록": a round's targets that got no support
 * may be registered as self-managed targets; one still open (or supported) may not.
 */
@DolbomIntegrationTest
class SelfManagedFromRoundIntegrationTests {

	private static final String BASE = "/api/v1/discovery/self-managed";

	@Autowired
	Api api;

	@Test
	void aNonTargetOfARoundIsRegisteredFromTheUnsupportedListAndAnOpenTargetIsNot() {
		var nonTarget = resident(api, "demo.worker", SINGWAN, "소미지");
		var open = resident(api, "demo.worker", SINGWAN, "소진행");
		var fixtures = new DiscoveryFixtures(api);
		var round = fixtures.distributedRound("POWER_CUT",
				Map.of(nonTarget.get("rrn"), nonTarget.get("name"), open.get("rrn"), open.get("name")));
		var nonTargetId = fixtures.targetOf(round, nonTarget.get("name"));
		var openId = fixtures.targetOf(round, open.get("name"));
		var result = new HashMap<String, Object>(Map.of("result", "NON_TARGET", "contactMethod", "PHONE", "reasonCode", "NO_NEED"));
		var processed = api.as("demo.worker").post("/api/v1/discovery/targets/{id}/result", result, nonTargetId);
		assertThat(processed.status()).as(processed.body()).isEqualTo(200);

		var list = api.as("demo.worker").get(BASE + "/unsupported?round={round}", round);
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		assertThat(list.body()).contains(nonTargetId).doesNotContain(openId);

		var registered = api.as("demo.worker").post(BASE + "/from-round", Map.of("targetId", nonTargetId,
				"reason", "비대상자였으나 단전 지속, 자체 관찰"));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		assertThat(registered.json().get("source").asString()).isEqualTo("ROUND");
		assertThat(registered.json().get("personId").asString()).isEqualTo(nonTarget.get("id"));
		var history = api.as("demo.worker").get(BASE + "/{id}/history", registered.json().get("id").asString());
		assertThat(history.json().get(0).get("detail").asString()).contains("미지원 대상자에서 등록");
		var again = api.as("demo.worker").get(BASE + "/unsupported?round={round}", round);
		assertThat(again.json().get(0).get("watched").asBoolean()).isTrue();

		var refused = api.as("demo.worker").post(BASE + "/from-round", Map.of("targetId", openId, "reason", "x"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("code").asString()).isEqualTo("self-managed-target-supported");
		var noReason = api.as("demo.worker").post(BASE + "/from-round", Map.of("targetId", nonTargetId));
		assertThat(noReason.status()).isEqualTo(422);

		// another 시군구's worker: not found; a reading role: forbidden
		assertThat(api.as("demo.other").post(BASE + "/from-round", Map.of("targetId", nonTargetId, "reason", "x"))
				.status()).isEqualTo(404);
		assertThat(api.as("demo.head").get(BASE + "/unsupported?round={round}", round).status()).isEqualTo(403);
	}
}
