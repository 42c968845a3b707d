package kr.dolbom.resource.web;

import static kr.dolbom.resource.web.ResourceFixtures.BUYEO_OFFICE;
import static kr.dolbom.resource.web.ResourceFixtures.SINGWAN;
import static kr.dolbom.resource.web.ResourceFixtures.provider;
import static kr.dolbom.resource.web.ResourceFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Linkage of a person to a service, closed loop (domain.md §7 "민간자원 연계", §4.8): request →
 * accepted → completed, or rejected with a reason, visible to the requesting worker; only approved
 * resources; scope 404, role 403; every view and change of the person's linkage in the access log.
 */
@DolbomIntegrationTest
class LinkageApiIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	ResourceFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ResourceFixtures(api);
	}

	private static Map<String, Object> link(String personId, String serviceId, String note) {
		Map<String, Object> body = new HashMap<>();
		body.put("personId", personId);
		body.put("serviceId", serviceId);
		body.put("note", note);
		return body;
	}

	private long accessLog(String personId, String action) {
		return jdbc.sql("SELECT COUNT(*) FROM access_log WHERE subject_type = 'PERSON' AND subject_id = ? AND action = ?")
				.params(personId, action).query(Long.class).single();
	}

	private String elderlyPerson() {
		return fixtures.person("연계" + unique().substring(0, 3), LocalDate.now().minusYears(75), true, "NEAR_POVERTY",
				true);
	}

	@Test
	void aRequestIsAcceptedAndCompletedByTheProviderSideAndTheWorkerSeesEachState() {
		var provider = fixtures.approvedProvider("연계 기관");
		var service = fixtures.addService("demo.worker", provider, "밑반찬 배달", null, 10);
		var person = elderlyPerson();
		long created = accessLog(person, "CREATE");

		var requested = api.as("demo.worker").post("/api/v1/resources/linkages", link(person, service, "주 2회 희망"));
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		var id = requested.json().get("id").asString();
		assertThat(requested.json().get("status").asString()).isEqualTo("REQUESTED");
		assertThat(requested.json().get("caseId").isNull()).isTrue();
		assertThat(accessLog(person, "CREATE")).isEqualTo(created + 1);

		// the requesting side cannot answer for the provider; other districts see nothing
		assertThat(api.as("demo.worker").post("/api/v1/resources/linkages/{id}/accept", null, id).status())
				.isEqualTo(403);
		assertThat(api.as("demo.other").get("/api/v1/resources/linkages/{id}", id).status()).isEqualTo(404);
		assertThat(api.as("demo.other").post("/api/v1/resources/linkages/{id}/accept", null, id).status())
				.isEqualTo(404);

		var received = api.as("demo.resource").get("/api/v1/resources/linkages?box=received&status=REQUESTED&size=200");
		assertThat(ids(received.json().get("items"))).contains(id);
		long updates = accessLog(person, "UPDATE");
		var accepted = api.as("demo.resource").post("/api/v1/resources/linkages/{id}/accept", Map.of("version", 0), id);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
		var stale = api.as("demo.resource").post("/api/v1/resources/linkages/{id}/complete", Map.of("version", 0), id);
		assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
		var completed = api.as("demo.resource").post("/api/v1/resources/linkages/{id}/complete", null, id);
		assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
		assertThat(accessLog(person, "UPDATE")).isEqualTo(updates + 2);
		var again = api.as("demo.resource").post("/api/v1/resources/linkages/{id}/reject", Map.of("reason", "x"), id);
		assertThat(again.json().get("code").asString()).isEqualTo("linkage-closed");

		long views = accessLog(person, "VIEW");
		var seen = api.as("demo.worker").get("/api/v1/resources/linkages/{id}", id);
		assertThat(seen.json().get("status").asString()).isEqualTo("COMPLETED");
		assertThat(seen.json().get("completedAt").isNull()).isFalse();
		assertThat(accessLog(person, "VIEW")).isEqualTo(views + 1);
		var mine = api.as("demo.worker").get("/api/v1/resources/linkages?box=requested&status=COMPLETED&size=200");
		assertThat(ids(mine.json().get("items"))).contains(id);
	}

	@Test
	void aRejectionCarriesAReasonTheWorkerSees() {
		var provider = fixtures.approvedProvider("거절 기관");
		var service = fixtures.addService("demo.worker", provider, "집수리", null, null);
		var person = elderlyPerson();
		var id = api.as("demo.worker").post("/api/v1/resources/linkages", link(person, service, null)).json().get("id")
				.asString();
		var noReason = api.as("demo.resource").post("/api/v1/resources/linkages/{id}/reject", Map.of(), id);
		assertThat(noReason.status()).isEqualTo(422);
		var rejected = api.as("demo.resource").post("/api/v1/resources/linkages/{id}/reject",
				Map.of("reason", "이번 달 봉사 일정이 찼습니다"), id);
		assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
		var seen = api.as("demo.worker").get("/api/v1/resources/linkages/{id}", id).json();
		assertThat(seen.get("reason").asString()).isEqualTo("이번 달 봉사 일정이 찼습니다");
		// a rejected linkage is closed: the worker may ask again
		assertThat(api.as("demo.worker").post("/api/v1/resources/linkages", link(person, service, null)).status())
				.isEqualTo(201);
	}

	@Test
	void thePartnerAgencyAnswersForItselfOnly() {
		// demo.partner's agency is 공주시종합사회복지관 (demo data)
		var search = api.as("demo.worker").get("/api/v1/resources/search?q=공주시종합사회복지관");
		var centre = search.json().get("items").get(0);
		assertThat(centre.get("name").asString()).isEqualTo("공주시종합사회복지관");
		String service = null;
		for (var s : centre.get("services")) {
			if (s.get("name").asString().equals("가족 상담")) {
				service = s.get("id").asString();
			}
		}
		var person = fixtures.person("협력" + unique().substring(0, 3), LocalDate.now().minusYears(40), false, "GENERAL",
				true);
		var id = api.as("demo.worker").post("/api/v1/resources/linkages", link(person, service, "부부 상담")).json()
				.get("id").asString();
		var inbox = api.as("demo.partner").get("/api/v1/resources/linkages?box=received&size=200");
		assertThat(ids(inbox.json().get("items"))).contains(id);
		assertThat(api.as("demo.partner").post("/api/v1/resources/linkages/{id}/accept", null, id).json().get("status")
				.asString()).isEqualTo("ACCEPTED");

		// a linkage to another provider is not the partner's business
		var other = fixtures.approvedProvider("다른 기관");
		var otherService = fixtures.addService("demo.worker", other, "가족 상담", null, null);
		var otherId = api.as("demo.worker").post("/api/v1/resources/linkages", link(person, otherService, null)).json()
				.get("id").asString();
		assertThat(api.as("demo.partner").post("/api/v1/resources/linkages/{id}/accept", null, otherId).status())
				.isEqualTo(404);
		assertThat(api.as("demo.partner").get("/api/v1/resources/linkages?box=requested").status()).isEqualTo(403);
	}

	@Test
	void onlyApprovedResourcesOfPeopleInScopeWithConsentAreLinked() {
		var pending = fixtures.register("demo.worker", provider("대기 기관 " + unique(), SINGWAN)).get("id").asString();
		var pendingService = fixtures.addService("demo.worker", pending, "집수리", null, null);
		var person = elderlyPerson();
		var notApproved = api.as("demo.worker").post("/api/v1/resources/linkages", link(person, pendingService, null));
		assertThat(notApproved.status()).isEqualTo(409);
		assertThat(notApproved.json().get("code").asString()).isEqualTo("resource-not-approved");

		var provider = fixtures.approvedProvider("조건 기관");
		var service = fixtures.addService("demo.worker", provider, "방역·청소", null, null);
		var withoutConsent = fixtures.person("무동의" + unique().substring(0, 2), LocalDate.now().minusYears(50), false,
				"GENERAL", false);
		var noConsent = api.as("demo.worker").post("/api/v1/resources/linkages", link(withoutConsent, service, null));
		assertThat(noConsent.json().get("code").asString()).isEqualTo("consent-missing");

		var buyeoPerson = fixtures.person("demo.other", BUYEO_OFFICE, "부여주민" + unique().substring(0, 2),
				LocalDate.now().minusYears(60), true, "GENERAL", true);
		assertThat(api.as("demo.worker").post("/api/v1/resources/linkages", link(buyeoPerson, service, null)).status())
				.isEqualTo(404);
		// in scope but not a role that links residents
		assertThat(api.as("demo.head").post("/api/v1/resources/linkages", link(person, service, null)).status())
				.isEqualTo(403);
		assertThat(api.as("demo.worker").post("/api/v1/resources/linkages",
				link(UUID.randomUUID().toString(), service, null)).status()).isEqualTo(404);

		var first = api.as("demo.worker").post("/api/v1/resources/linkages", link(person, service, null));
		assertThat(first.status()).isEqualTo(201);
		var twice = api.as("demo.worker").post("/api/v1/resources/linkages", link(person, service, null));
		assertThat(twice.json().get("code").asString()).isEqualTo("linkage-open");

		// an open linkage keeps the service from being ended
		var end = api.as("demo.resource").post("/api/v1/resources/services/{id}/end", Map.of("reason", "종료"), service);
		assertThat(end.json().get("code").asString()).isEqualTo("open-linkages");
	}

	@Test
	void anUnknownCaseIsNotFoundAndTheBodyIsValidated() {
		var byCase = api.as("demo.worker").post("/api/v1/resources/linkages",
				Map.of("caseId", UUID.randomUUID().toString(), "serviceId", UUID.randomUUID().toString()));
		assertThat(byCase.status()).isEqualTo(404);
		var empty = api.as("demo.worker").post("/api/v1/resources/linkages", Map.of());
		assertThat(empty.status()).isEqualTo(422);
		List<String> fields = new ArrayList<>();
		empty.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("serviceId", "personId");
	}

	private static List<String> ids(JsonNode items) {
		List<String> ids = new ArrayList<>();
		items.forEach(i -> ids.add(i.get("id").asString()));
		return ids;
	}
}
