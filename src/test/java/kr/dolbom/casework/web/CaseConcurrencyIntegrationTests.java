package kr.dolbom.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.http.MediaType;

import kr.dolbom.support.Api;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * quality.md "Reliability": two users editing the same case or plan at once — one succeeds, the
 * other gets 409 {@code stale-version}; no silent overwrite. Each client says which version it
 * edited (the {@code version} field or {@code If-Match} with the ETag of the GET). Runs on H2 and,
 * in CI, on PostgreSQL.
 */
@DolbomIntegrationTest
class CaseConcurrencyIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	CaseFixtures fixtures;

	private final String today = LocalDate.now().toString();

	private String openCase(String name) {
		var client = fixtures.client(name, "600101", '1');
		var opened = api.as("demo.worker").post("/api/v1/cases", Map.of("personId", client.personId(),
				"consultationId", client.consultationId(), "requestedOn", today));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		return opened.json().get("id").asString();
	}

	private Api.Response assignWithIfMatch(String caseId, String userId, String etag) {
		return api.as("demo.lead").perform(MockMvcRequestBuilders.put("/api/v1/cases/{id}/assignee", caseId)
				.header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
				.content(api.toJson(Map.of("userId", userId))));
	}

	/** Runs both requests at the same moment (a barrier releases them together). */
	private List<Api.Response> together(Supplier<Api.Response> first, Supplier<Api.Response> second) throws Exception {
		var barrier = new CyclicBarrier(2);
		var pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Api.Response>> futures = new ArrayList<>();
			for (var call : List.of(first, second)) {
				futures.add(pool.submit(() -> {
					barrier.await();
					return call.get();
				}));
			}
			List<Api.Response> responses = new ArrayList<>();
			for (var f : futures) {
				responses.add(f.get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void exactlyOneWins(List<Api.Response> responses) {
		var statuses = responses.stream().map(Api.Response::status).sorted().toList();
		assertThat(statuses).as(responses.toString()).containsExactly(200, 409);
		var loser = responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
		assertThat(loser.json().get("code").asString()).isEqualTo("stale-version");
	}

	@Test
	void twoLeadsAssigningTheSameCaseFromTheSameVersion_theSecondGets409AndNothingIsOverwritten() {
		var caseId = openCase("동시배정씨");
		var read = api.as("demo.lead").get("/api/v1/cases/{id}", caseId);
		int version = read.json().get("version").asInt();
		var worker = fixtures.userId("demo.worker");
		var lead = fixtures.userId("demo.lead");

		var first = api.as("demo.lead").put("/api/v1/cases/{id}/assignee", Map.of("userId", worker, "version", version),
				caseId);
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		var second = api.as("demo.lead").put("/api/v1/cases/{id}/assignee", Map.of("userId", lead, "version", version),
				caseId);
		assertThat(second.status()).as(second.body()).isEqualTo(409);
		assertThat(second.json().get("code").asString()).isEqualTo("stale-version");

		var after = api.as("demo.lead").get("/api/v1/cases/{id}", caseId).json();
		assertThat(after.get("assignee").asString()).isEqualTo(worker);
		assertThat(after.get("version").asInt()).isGreaterThan(version);
	}

	@Test
	void ifMatchWithTheCaseVersionIsChecked_andAStaleOneGets409() {
		var caseId = openCase("이태그씨");
		var tag = "\"" + api.as("demo.lead").get("/api/v1/cases/{id}", caseId).json().get("version").asInt() + "\"";
		assertThat(assignWithIfMatch(caseId, fixtures.userId("demo.worker"), tag).status()).isEqualTo(200);
		var stale = assignWithIfMatch(caseId, fixtures.userId("demo.lead"), tag);
		assertThat(stale.status()).as(stale.body()).isEqualTo(409);
		assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
		// without a version the old semantics hold (last writer wins, as before)
		assertThat(api.as("demo.lead").put("/api/v1/cases/{id}/assignee", Map.of("userId", fixtures.userId("demo.worker")),
				caseId).status()).isEqualTo(200);
	}

	@Test
	void twoLeadsAssigningTheSameCaseAtTheSameMoment_exactlyOneWins() throws Exception {
		var caseId = openCase("동시씨");
		int version = api.as("demo.lead").get("/api/v1/cases/{id}", caseId).json().get("version").asInt();
		var worker = fixtures.userId("demo.worker");
		var lead = fixtures.userId("demo.lead");
		var responses = together(
				() -> api.as("demo.lead").put("/api/v1/cases/{id}/assignee", Map.of("userId", worker, "version", version),
						caseId),
				() -> api.as("demo.lead").put("/api/v1/cases/{id}/assignee", Map.of("userId", lead, "version", version),
						caseId));
		exactlyOneWins(responses);
		var winner = responses.get(0).status() == 200 ? worker : lead;
		assertThat(api.as("demo.lead").get("/api/v1/cases/{id}", caseId).json().get("assignee").asString())
				.isEqualTo(winner);
	}

	private String draftPlan() {
		var caseId = openCase("동시계획씨");
		assertThat(api.as("demo.lead").put("/api/v1/cases/{id}/assignee", Map.of("userId", fixtures.userId("demo.worker")),
				caseId).status()).isEqualTo(200);
		assertThat(api.as("demo.worker").post("/api/v1/cases/{id}/assessments", Map.of("date", today, "domains",
				List.of(Map.of("code", "ECONOMY", "need", "체납 해결", "crisisScore", 4))), caseId).status()).isEqualTo(201);
		var meeting = api.as("demo.worker").post("/api/v1/meetings", Map.of("kind", "INTERNAL", "date", today,
				"participants", List.of(Map.of("name", "박성호", "agency", "신관동", "role", "팀장", "userId",
						fixtures.userId("demo.lead"))),
				"cases", List.of(Map.of("caseId", caseId, "discussion", "가구 상황 공유", "decisions", "사례관리 선정"))));
		assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
		var selected = api.as("demo.lead").post("/api/v1/cases/{id}/selection", Map.of("decision", "CASE_MANAGEMENT",
				"meetingId", meeting.json().get("id").asString(), "caseType", "GENERAL"), caseId);
		assertThat(selected.status()).as(selected.body()).isEqualTo(200);
		var plan = api.as("demo.worker").post("/api/v1/cases/{id}/plans", planBody("첫 목표", null), caseId);
		assertThat(plan.status()).as(plan.body()).isEqualTo(201);
		return plan.json().get("id").asString();
	}

	private Map<String, Object> planBody(String goal, Integer version) {
		var body = new java.util.HashMap<String, Object>(Map.of(
				"goals", List.of(Map.of("domain", "ECONOMY", "term", "SHORT", "text", goal)),
				"services", List.of(Map.of("provider", "공주시 푸드뱅크", "content", "식품 지원", "frequency", "월 2회",
						"from", today, "to", LocalDate.now().plusMonths(3).toString()))));
		if (version != null) {
			body.put("version", version);
		}
		return body;
	}

	@Test
	void twoWorkersRevisingTheSamePlan_theSecondGets409AndKeepsNothing() {
		var planId = draftPlan();
		int version = api.as("demo.worker").get("/api/v1/plans/{id}", planId).json().get("version").asInt();
		var first = api.as("demo.worker").put("/api/v1/plans/{id}", planBody("먼저 저장한 목표", version), planId);
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		var second = api.as("demo.worker").put("/api/v1/plans/{id}", planBody("나중에 저장한 목표", version), planId);
		assertThat(second.status()).as(second.body()).isEqualTo(409);
		assertThat(second.json().get("code").asString()).isEqualTo("stale-version");
		var after = api.as("demo.worker").get("/api/v1/plans/{id}", planId).json();
		assertThat(after.get("goals").get(0).get("text").asString()).isEqualTo("먼저 저장한 목표");
	}

	@Test
	void twoWorkersRevisingTheSamePlanAtTheSameMoment_exactlyOneWins() throws Exception {
		var planId = draftPlan();
		int version = api.as("demo.worker").get("/api/v1/plans/{id}", planId).json().get("version").asInt();
		var responses = together(
				() -> api.as("demo.worker").put("/api/v1/plans/{id}", planBody("가 목표", version), planId),
				() -> api.as("demo.worker").put("/api/v1/plans/{id}", planBody("나 목표", version), planId));
		exactlyOneWins(responses);
		var winner = responses.get(0).status() == 200 ? "가 목표" : "나 목표";
		var after = api.as("demo.worker").get("/api/v1/plans/{id}", planId).json();
		assertThat(after.get("goals").get(0).get("text").asString()).isEqualTo(winner);
		assertThat(after.get("version").asInt()).isEqualTo(version + 1);
	}

	@Test
	void ifMatchOnThePlanCarriesTheVersionWhenTheBodyHasNone() {
		var planId = draftPlan();
		var etag = "\"" + api.as("demo.worker").get("/api/v1/plans/{id}", planId).json().get("version").asInt() + "\"";
		var ok = api.as("demo.worker").perform(MockMvcRequestBuilders.put("/api/v1/plans/{id}", planId)
				.header("If-Match", etag).contentType(MediaType.APPLICATION_JSON).content(api.toJson(planBody("태그 목표", null))));
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);
		var stale = api.as("demo.worker").perform(MockMvcRequestBuilders.put("/api/v1/plans/{id}", planId)
				.header("If-Match", etag).contentType(MediaType.APPLICATION_JSON).content(api.toJson(planBody("늦은 목표", null))));
		assertThat(stale.status()).as(stale.body()).isEqualTo(409);
	}
}
