package kr.dolbom.resource.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.support.Api;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6 with issue 4: a linkage requested from a case (api.md {@code {caseId|personId, serviceId,
 * note}}) — the case's office decides who may ask, the case's history shows each step, and for a
 * service-link household the request is the linkage the deadline waits for (domain.md §5:
 * 서비스연계 within 5 working days of selection).
 */
@DolbomIntegrationTest
class CaseLinkageIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	CaseFixtures cases;

	ResourceFixtures resources;

	private final String today = LocalDate.now().toString();

	@BeforeEach
	void fixtures() {
		resources = new ResourceFixtures(api);
	}

	private JsonNode ok(Api.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		return response.json();
	}

	/** A 신관동 case selected as a service-link household: its LINKAGE deadline is open. */
	private String serviceLinkCase() {
		var client = cases.client("연계사례씨", "530505", '2');
		var caseId = ok(api.as("demo.worker").post("/api/v1/cases", Map.of("personId", client.personId(),
				"consultationId", client.consultationId(), "requestedOn", today)), 201).get("id").asString();
		ok(api.as("demo.lead").put("/api/v1/cases/{id}/assignee", Map.of("userId", cases.userId("demo.worker")), caseId), 200);
		ok(api.as("demo.worker").post("/api/v1/cases/{id}/assessments", Map.of("date", today, "domains",
				List.of(Map.of("code", "CARE", "need", "식사 지원", "crisisScore", 2))), caseId), 201);
		var meeting = ok(api.as("demo.worker").post("/api/v1/meetings", Map.of("kind", "INTERNAL", "date", today,
				"participants", List.of(Map.of("name", "팀장", "agency", "신관동", "userId", cases.userId("demo.lead"))),
				"cases", List.of(Map.of("caseId", caseId, "discussion", "도시락 필요", "decisions", "서비스연계")))), 201)
				.get("id").asString();
		ok(api.as("demo.lead").post("/api/v1/cases/{id}/selection", Map.of("decision", "SERVICE_LINK", "meetingId",
				meeting), caseId), 200);
		return caseId;
	}

	private List<String> history(String caseId) {
		List<String> actions = new ArrayList<>();
		ok(api.as("demo.worker").get("/api/v1/cases/{id}", caseId), 200).get("history")
				.forEach(h -> actions.add(h.get("action").asString()));
		return actions;
	}

	private String linkageState(String caseId) {
		for (var d : ok(api.as("demo.worker").get("/api/v1/cases/{id}", caseId), 200).get("deadlines")) {
			if (d.get("step").asString().equals("LINKAGE")) {
				return d.get("doneOn").isNull() ? "open" : "done";
			}
		}
		return "none";
	}

	@Test
	void aWorkerLinksAServiceToACaseAndTheCaseFollowsTheLinkage() {
		var caseId = serviceLinkCase();
		assertThat(linkageState(caseId)).isEqualTo("open");
		var provider = resources.approvedProvider("사례 연계 기관");
		var service = resources.addService("demo.worker", provider, "도시락 배달", null, 20);

		// another office's worker cannot link this case: it does not exist for them
		assertThat(api.as("demo.other").post("/api/v1/resources/linkages", Map.of("caseId", caseId, "serviceId",
				service)).status()).isEqualTo(404);

		var linkage = ok(api.as("demo.worker").post("/api/v1/resources/linkages", Map.of("caseId", caseId, "serviceId",
				service, "note", "주 5회 점심")), 201);
		assertThat(linkage.get("caseId").asString()).isEqualTo(caseId);
		var linkageId = linkage.get("id").asString();

		Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			assertThat(history(caseId)).contains("RESOURCE_LINK");
			assertThat(linkageState(caseId)).isEqualTo("done");
		});

		// the provider side (here the district's resource manager, the provider has no account) accepts
		ok(api.as("demo.resource").post("/api/v1/resources/linkages/{id}/accept", null, linkageId), 200);
		Awaitility.await().atMost(Duration.ofSeconds(15))
				.untilAsserted(() -> assertThat(history(caseId)).contains("RESOURCE_LINK_ACCEPTED"));
	}

	@Test
	void aCaseThatIsNoLongerOpenTakesNoNewLinkage() {
		var client = cases.client("미선정연계씨", "540606", '1');
		var caseId = ok(api.as("demo.worker").post("/api/v1/cases", Map.of("personId", client.personId(),
				"consultationId", client.consultationId(), "requestedOn", today)), 201).get("id").asString();
		ok(api.as("demo.lead").put("/api/v1/cases/{id}/assignee", Map.of("userId", cases.userId("demo.worker")), caseId), 200);
		ok(api.as("demo.worker").post("/api/v1/cases/{id}/assessments", Map.of("date", today, "domains",
				List.of(Map.of("code", "ECONOMY", "need", "없음", "crisisScore", 1))), caseId), 201);
		var meeting = ok(api.as("demo.worker").post("/api/v1/meetings", Map.of("kind", "INTERNAL", "date", today,
				"participants", List.of(Map.of("name", "팀장", "agency", "신관동", "userId", cases.userId("demo.lead"))),
				"cases", List.of(Map.of("caseId", caseId, "discussion", "욕구 없음", "decisions", "미선정")))), 201)
				.get("id").asString();
		ok(api.as("demo.lead").post("/api/v1/cases/{id}/selection", Map.of("decision", "NOT_SELECTED", "meetingId",
				meeting, "reason", "스스로 해결 가능"), caseId), 200);
		var service = resources.addService("demo.worker", resources.approvedProvider("미선정 기관"), "도시락 배달", null, 5);
		assertThat(api.as("demo.worker").post("/api/v1/resources/linkages", Map.of("caseId", caseId, "serviceId",
				service)).status()).isEqualTo(404);
	}
}
