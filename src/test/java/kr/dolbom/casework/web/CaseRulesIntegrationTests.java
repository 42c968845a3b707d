package kr.dolbom.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.support.Api;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Issue 4 authorisation and the rules that need the whole application: consent at intake, scope,
 * roles, joint case management with a partner agency, referrals, escalation, transfer and the
 * de-identified meeting summary.
 */
@DolbomIntegrationTest
class CaseRulesIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	CaseFixtures fixtures;

	private final String today = LocalDate.now().toString();

	private JsonNode ok(Api.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		return response.json();
	}

	private String assessedCase(CaseFixtures.Client client) {
		var caseId = ok(api.as("demo.worker").post("/api/v1/cases", Map.of("personId", client.personId(),
				"consultationId", client.consultationId(), "requestedOn", today)), 201).get("id").asString();
		ok(api.as("demo.lead").put("/api/v1/cases/{id}/assignee", Map.of("userId", fixtures.userId("demo.worker")), caseId),
				200);
		ok(api.as("demo.worker").post("/api/v1/cases/{id}/assessments", Map.of("date", today, "domains", List.of(
				Map.of("code", "SAFETY", "need", "가정폭력 피해", "crisisScore", 4),
				Map.of("code", "MENTAL_HEALTH", "need", "우울", "crisisScore", 3))), caseId), 201);
		return caseId;
	}

	@Test
	void intakeWithoutConsentIs409() {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "무동의씨");
		body.put("rrn", CaseFixtures.newRrn("610202", '1'));
		body.put("address", Map.of("orgUnitCode", "4415057000", "line", "동의 없음"));
		var personId = ok(api.as("demo.worker").post("/api/v1/persons", body), 201).get("id").asString();
		var consultation = ok(api.as("demo.worker").post("/api/v1/consultations", Map.of("personId", personId, "kind",
				"INITIAL", "route", "PHONE", "date", today, "summary", "전화 상담", "domains",
				List.of(Map.of("code", "CARE", "problem", "돌봄 공백")))), 201).get("id").asString();
		var intake = api.as("demo.worker").post("/api/v1/cases", Map.of("personId", personId, "consultationId",
				consultation, "requestedOn", today));
		assertThat(intake.status()).isEqualTo(409);
		assertThat(intake.json().get("code").asString()).isEqualTo("consent-missing");
	}

	@Test
	void anotherOfficeGets404AWrongRoleGets403() {
		var caseId = assessedCase(fixtures.client("범위사례씨", "630303", '2'));
		assertThat(api.as("demo.other").get("/api/v1/cases/{id}", caseId).status()).isEqualTo(404);
		assertThat(api.as("demo.other").post("/api/v1/cases/{id}/assessments", Map.of(), caseId).status()).isEqualTo(404);
		assertThat(api.as("demo.province").get("/api/v1/cases/{id}", caseId).status()).isEqualTo(403);
		assertThat(api.as("demo.district").get("/api/v1/cases/{id}", caseId).status()).isEqualTo(200);
		// a nurse supports cases but is never the main case manager
		var nurse = api.as("demo.lead").put("/api/v1/cases/{id}/assignee", Map.of("userId", fixtures.userId("demo.nurse")),
				caseId);
		assertThat(nurse.status()).isEqualTo(422);
		// only the team lead selects
		assertThat(api.as("demo.worker").post("/api/v1/cases/{id}/selection", Map.of("decision", "SERVICE_LINK"), caseId)
				.status()).isEqualTo(403);
	}

	@Test
	void selectionWithoutAMeetingThatCoversTheCaseIs409() {
		var caseId = assessedCase(fixtures.client("회의없음씨", "640404", '1'));
		var otherCase = assessedCase(fixtures.client("다른회의씨", "650505", '1'));
		var meeting = ok(api.as("demo.worker").post("/api/v1/meetings", Map.of("kind", "INTERNAL", "date", today,
				"participants", List.of(Map.of("name", "박성호", "agency", "신관동", "userId", fixtures.userId("demo.lead"))),
				"cases", List.of(Map.of("caseId", otherCase, "discussion", "다른 사례", "decisions", "선정")))), 201)
				.get("id").asString();
		var selection = api.as("demo.lead").post("/api/v1/cases/{id}/selection", Map.of("decision", "CASE_MANAGEMENT",
				"meetingId", meeting, "caseType", "CRISIS"), caseId);
		assertThat(selection.status()).isEqualTo(409);
		assertThat(selection.json().get("code").asString()).isEqualTo("meeting-required");
	}

	@Test
	void aPartnerCoCaseManagerSeesOnlyTheSharedCase() {
		var shared = assessedCase(fixtures.client("공동관리씨", "660606", '2'));
		var notShared = assessedCase(fixtures.client("비공유씨", "670707", '2'));
		var partnerId = fixtures.userId("demo.partner");
		var meeting = ok(api.as("demo.worker").post("/api/v1/meetings", Map.of("kind", "INTEGRATED", "date", today,
				"participants", List.of(Map.of("name", "임소희", "agency", "공주시종합사회복지관", "userId", partnerId),
						Map.of("name", "외부 전문가", "agency", "공주대학교")),
				"cases", List.of(Map.of("caseId", shared, "discussion", "공동사례관리 논의 010-1234-5678",
						"decisions", "복지관과 공동사례관리")))), 201).get("id").asString();
		ok(api.as("demo.worker").post("/api/v1/cases/{id}/co-managers", Map.of("userId", partnerId, "meetingId", meeting),
				shared), 201);

		var partner = api.as("demo.partner");
		assertThat(partner.get("/api/v1/cases/{id}", shared).status()).isEqualTo(200);
		assertThat(partner.get("/api/v1/cases/{id}", notShared).status()).isEqualTo(404);
		var list = ok(partner.get("/api/v1/cases"), 200);
		assertThat(list.get("total").asLong()).isEqualTo(1);
		assertThat(list.get("items").get(0).get("id").asString()).isEqualTo(shared);
		// a co-case manager shares the work, not the team lead's decisions
		assertThat(partner.post("/api/v1/cases/{id}/selection", Map.of("decision", "SERVICE_LINK"), shared).status())
				.isEqualTo(403);

		// outside participants see the minutes de-identified
		var summary = ok(api.as("demo.worker").get("/api/v1/meetings/{id}/summary", meeting), 200);
		assertThat(summary.get(0).get("maskedName").asString()).isEqualTo("공***씨");
		assertThat(summary.toString()).doesNotContain("공동관리씨").doesNotContain("010-1234-5678");
	}

	@Test
	void anIntegratedMeetingWithOutsidersNeedsConsentToSharing() {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "공유미동의");
		body.put("rrn", CaseFixtures.newRrn("680808", '1'));
		body.put("address", Map.of("orgUnitCode", "4415057000", "line", "공유 동의 없음"));
		var personId = ok(api.as("demo.worker").post("/api/v1/persons", body), 201).get("id").asString();
		ok(api.as("demo.worker").post("/api/v1/persons/{id}/consents", Map.of("scope", "CASE_MANAGEMENT", "givenOn", today),
				personId), 201);
		var consultation = ok(api.as("demo.worker").post("/api/v1/consultations", Map.of("personId", personId, "kind",
				"INITIAL", "route", "WALK_IN", "date", today, "summary", "내방", "domains",
				List.of(Map.of("code", "HOUSING", "problem", "주거 불안")))), 201).get("id").asString();
		var caseId = ok(api.as("demo.worker").post("/api/v1/cases", Map.of("personId", personId, "consultationId",
				consultation, "requestedOn", today)), 201).get("id").asString();
		var meeting = api.as("demo.lead").post("/api/v1/meetings", Map.of("kind", "INTEGRATED", "date", today,
				"participants", List.of(Map.of("name", "외부 위원", "agency", "주거복지센터")),
				"cases", List.of(Map.of("caseId", caseId, "discussion", "주거", "decisions", "연계"))));
		assertThat(meeting.status()).isEqualTo(409);
		assertThat(meeting.json().get("code").asString()).isEqualTo("consent-missing");
	}

	@Test
	void dreamStartIsForChildrenAndOnceOnly() {
		var child = fixtures.client("아동씨", "180505", '3');
		var caseId = assessedCase(child);
		ok(api.as("demo.worker").post("/api/v1/cases/{id}/referrals", Map.of("program", "DREAM_START", "reason",
				"보호자 방임 우려"), caseId), 201);
		var again = api.as("demo.worker").post("/api/v1/cases/{id}/referrals", Map.of("program", "DREAM_START", "reason",
				"재의뢰"), caseId);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("dream-start-once");
		var elder = api.as("demo.worker").post("/api/v1/cases/{id}/referrals", Map.of("program", "ELDER_PROTECTION",
				"reason", "학대"), caseId);
		assertThat(elder.status()).isEqualTo(422);

		var adultCase = assessedCase(fixtures.client("성인씨", "900101", '1'));
		var adult = api.as("demo.worker").post("/api/v1/cases/{id}/referrals", Map.of("program", "DREAM_START", "reason",
				"방임"), adultCase);
		assertThat(adult.status()).isEqualTo(422);
	}

	@Test
	void aDifficultCaseIsSuggestedAndEscalatedToTheDistrictSupportGroup() {
		var caseId = assessedCase(fixtures.client("고난도씨", "720202", '2'));
		assertThat(ok(api.as("demo.worker").get("/api/v1/cases/{id}", caseId), 200).get("difficultSuggested").asBoolean())
				.isTrue();
		var escalated = ok(api.as("demo.lead").post("/api/v1/cases/{id}/escalate", Map.of("reason",
				"안전과 정신건강 문제가 함께 있음"), caseId), 200);
		assertThat(escalated.get("mainAgency").asString()).isEqualTo("DISTRICT");
		// the district support group now decides and assigns one of its own
		ok(api.as("demo.district").put("/api/v1/cases/{id}/assignee", Map.of("userId", fixtures.userId("demo.district")),
				caseId), 200);
		assertThat(api.as("demo.lead").put("/api/v1/cases/{id}/assignee", Map.of("userId", fixtures.userId("demo.worker")),
				caseId).status()).isEqualTo(403);
	}

	@Test
	void aClientWhoMovedIsTransferredAndTheOldOfficeKeepsAReadOnlyRecord() {
		var client = fixtures.client("이사사례씨", "730303", '1');
		var caseId = assessedCase(client);
		var person = ok(api.as("demo.worker").get("/api/v1/persons/{id}", client.personId()), 200);

		// the closure type "moved" is refused while the new address is known: transfer instead
		var notYet = api.as("demo.worker").post("/api/v1/cases/{id}/transfer", Map.of("toOrgUnitCode", "4476025000",
				"reason", "전출"), caseId);
		assertThat(notYet.status()).isEqualTo(422);

		ok(api.as("demo.worker").post("/api/v1/persons/{id}/move", Map.of("version", person.get("version").asInt(),
				"address", Map.of("orgUnitCode", "4476025000", "line", "부여읍 새 집"), "reason", "전출"), client.personId()), 200);
		var old = ok(api.as("demo.worker").post("/api/v1/cases/{id}/transfer", Map.of("toOrgUnitCode", "4476025000",
				"reason", "부여군으로 전출"), caseId), 200);
		assertThat(old.get("state").asString()).isEqualTo("TRANSFERRED");
		var successorId = old.get("transferredTo").asString();

		var successor = ok(api.as("demo.other").get("/api/v1/cases/{id}", successorId), 200);
		assertThat(successor.get("state").asString()).isEqualTo("ASSESSED");
		assertThat(successor.get("assessments")).hasSize(1);
		List<String> actions = new ArrayList<>();
		successor.get("history").forEach(h -> actions.add(h.get("action").asString()));
		assertThat(actions).contains("TRANSFER_IN", "TRANSFER_OUT", "ASSESSMENT", "INTAKE");
		assertThat(api.as("demo.worker").get("/api/v1/cases/{id}", successorId).status()).isEqualTo(404);
		// the old record is read-only
		assertThat(api.as("demo.worker").post("/api/v1/cases/{id}/assessments", Map.of("date", today, "domains",
				List.of(Map.of("code", "SAFETY", "need", "x", "crisisScore", 2))), caseId).status()).isEqualTo(409);
	}

	/** api.md: {@code GET /api/v1/cases?overdue=true} — every overdue case in scope, on every page, counted right. */
	@Test
	void theOverdueFilterFindsOverdueCasesOnEveryPageAndCountsThem() {
		List<String> overdue = new ArrayList<>();
		for (var name : List.of("지연일씨", "지연이씨")) {
			var client = fixtures.client(name, "470707", '1');
			overdue.add(ok(api.as("demo.worker").post("/api/v1/cases", Map.of("personId", client.personId(),
					"consultationId", client.consultationId(), "requestedOn", LocalDate.now().minusYears(2).toString())), 201)
					.get("id").asString());
		}
		var onTime = fixtures.client("정시씨", "470708", '1');
		var fresh = ok(api.as("demo.worker").post("/api/v1/cases", Map.of("personId", onTime.personId(), "consultationId",
				onTime.consultationId(), "requestedOn", today)), 201).get("id").asString();

		List<String> seen = new ArrayList<>();
		long total = -1;
		for (int page = 0; page < 200; page++) {
			var result = ok(api.as("demo.worker").get("/api/v1/cases?overdue=true&size=2&page=" + page), 200);
			total = result.get("total").asLong();
			result.get("items").forEach(item -> {
				assertThat(item.get("overdue").asBoolean()).as(item.toString()).isTrue();
				seen.add(item.get("id").asString());
			});
			if (result.get("items").size() < 2) {
				break;
			}
		}
		assertThat(seen).containsAll(overdue).doesNotContain(fresh).doesNotHaveDuplicates();
		assertThat(total).isEqualTo(seen.size());
		// another office's worker sees none of them
		var other = ok(api.as("demo.other").get("/api/v1/cases?overdue=true&size=100"), 200);
		assertThat(other.get("items").toString()).doesNotContain(overdue.get(0), overdue.get(1));
	}
}
