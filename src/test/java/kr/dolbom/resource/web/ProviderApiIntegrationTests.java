package kr.dolbom.resource.web;

import static kr.dolbom.resource.web.ResourceFixtures.BUYEO;
import static kr.dolbom.resource.web.ResourceFixtures.BUYEO_MANAGER;
import static kr.dolbom.resource.web.ResourceFixtures.BUYEO_OFFICE;
import static kr.dolbom.resource.web.ResourceFixtures.GONGJU;
import static kr.dolbom.resource.web.ResourceFixtures.SINGWAN;
import static kr.dolbom.resource.web.ResourceFixtures.provider;
import static kr.dolbom.resource.web.ResourceFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import kr.dolbom.org.internal.JdbcAccounts;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6 acceptance and appendix 7 (1), (3), (4) through the API: registration by 읍면동 workers,
 * the duplicate check, approval by the resource manager of the provider's 시군구 (also for
 * registrations of another 시군구), services with standard names, merging duplicates.
 */
@DolbomIntegrationTest
class ProviderApiIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcAccounts accounts;

	@Autowired
	PasswordEncoder passwords;

	ResourceFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ResourceFixtures(api);
		ResourceFixtures.ensureBuyeoManager(accounts, passwords);
	}

	private long providerCount() {
		return jdbc.sql("SELECT COUNT(*) FROM resource_provider").query(Long.class).single();
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach(n -> values.add(n.get(field).asString()));
		return values;
	}

	@Test
	void aWorkerRegistersAProviderWhichWaitsForApproval() {
		var body = provider("신관동 나눔가게 " + unique(), SINGWAN);
		var created = fixtures.register("demo.worker", body);
		assertThat(created.get("status").asString()).isEqualTo("PENDING");
		assertThat(created.get("districtCode").asString()).isEqualTo(GONGJU);
		assertThat(created.get("source").asString()).isEqualTo("LOCAL");
		var detail = api.as("demo.worker").get("/api/v1/resources/providers/{id}", created.get("id").asString());
		assertThat(texts(detail.json().get("history"), "action")).containsExactly("REGISTERED");
	}

	@Test
	void badInputIsRefusedFieldByFieldInKoreanAndNothingIsStored() {
		long before = providerCount();
		Map<String, Object> body = new HashMap<>();
		body.put("name", " ");
		body.put("phone", "12");
		body.put("businessNumber", "123-45");
		body.put("contactMobile", "041-852-1001");
		body.put("orgUnitCode", "4400000000");
		var response = api.as("demo.worker").post("/api/v1/resources/providers", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(texts(response.json().get("errors"), "field")).contains("name", "phone", "businessNumber",
				"contactMobile", "address", "orgUnitCode", "type");
		assertThat(response.body()).contains("필수 항목입니다", "사업자등록번호는 10자리");
		assertThat(providerCount()).isEqualTo(before);
	}

	@Test
	void theSameCompanyWrittenWithAnotherLegalFormAndTheSameNumberIsFlagged() {
		// issue 6 acceptance: "(주)한빛" and "주식회사 한빛" at the same number
		var suffix = unique();
		var first = provider("(주)한빛" + suffix, SINGWAN);
		var firstId = fixtures.register("demo.worker", first).get("id").asString();

		var second = provider("주식회사 한빛" + suffix, "4415059000");
		second.put("businessNumber", ((String) first.get("businessNumber")).replace("-", ""));
		long before = providerCount();
		var conflict = api.as("demo.worker").post("/api/v1/resources/providers", second);
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.json().get("code").asString()).isEqualTo("possible-duplicate");
		var candidate = conflict.json().get("candidates").get(0);
		assertThat(candidate.get("id").asString()).isEqualTo(firstId);
		assertThat(values(candidate.get("matchedOn"))).contains("NAME", "BUSINESS_NUMBER");
		assertThat(conflict.body()).contains("같은 제공주체로 보이는 자원");
		assertThat(providerCount()).isEqualTo(before);

		second.put("confirmNotDuplicate", true);
		var confirmed = api.as("demo.worker").post("/api/v1/resources/providers", second);
		assertThat(confirmed.status()).isEqualTo(201);
		var detail = api.as("demo.worker").get("/api/v1/resources/providers/{id}", confirmed.json().get("id").asString());
		assertThat(detail.json().get("history").get(0).get("reason").asString()).contains("중복 아님");

		var duplicates = api.as("demo.resource").get("/api/v1/resources/providers/{id}/duplicates", firstId);
		List<String> ids = new ArrayList<>();
		duplicates.json().forEach(c -> ids.add(c.get("provider").get("id").asString()));
		assertThat(ids).contains(confirmed.json().get("id").asString());
	}

	private static List<String> values(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(n -> values.add(n.asString()));
		return values;
	}

	@Test
	void aWorkerCannotApproveTheResourceManagerOfTheDistrictCanAndNobodyElseSeesThePendingProvider() {
		var id = fixtures.register("demo.worker", provider("승인 시험 " + unique(), SINGWAN)).get("id").asString();

		var byWorker = api.as("demo.worker").post("/api/v1/resources/providers/{id}/approve", null, id);
		assertThat(byWorker.status()).isEqualTo(403);
		assertThat(api.as("demo.other").get("/api/v1/resources/providers/{id}", id).status()).isEqualTo(404);
		assertThat(api.as("demo.other").post("/api/v1/resources/providers/{id}/approve", null, id).status())
				.isEqualTo(404);
		assertThat(api.as(BUYEO_MANAGER).post("/api/v1/resources/providers/{id}/approve", null, id).status())
				.isEqualTo(404);

		var approved = api.as("demo.resource").post("/api/v1/resources/providers/{id}/approve", null, id);
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
		// approved resources are a directory everybody may read, but only the district's manager changes them
		assertThat(api.as("demo.other").get("/api/v1/resources/providers/{id}", id).status()).isEqualTo(200);
		assertThat(api.as(BUYEO_MANAGER).post("/api/v1/resources/providers/{id}/end", Map.of("reason", "x"), id).status())
				.isEqualTo(403);

		var again = api.as("demo.resource").post("/api/v1/resources/providers/{id}/approve", null, id);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("provider-not-pending");

		assertThat(api.as("demo.resource").post("/api/v1/resources/providers/{id}/end", Map.of(), id).status())
				.isEqualTo(422);
		var ended = api.as("demo.resource").post("/api/v1/resources/providers/{id}/end", Map.of("reason", "운영 중단"), id);
		assertThat(ended.json().get("status").asString()).isEqualTo("ENDED");
		var history = api.as("demo.resource").get("/api/v1/resources/providers/{id}", id).json().get("history");
		assertThat(texts(history, "action")).containsExactly("REGISTERED", "APPROVED", "ENDED");
		assertThat(history.get(2).get("reason").asString()).isEqualTo("운영 중단");
	}

	@Test
	void rejectionNeedsAReasonAndARejectedProviderStaysRejected() {
		var id = fixtures.register("demo.worker", provider("반려 시험 " + unique(), SINGWAN)).get("id").asString();
		var noReason = api.as("demo.resource").post("/api/v1/resources/providers/{id}/reject", Map.of("reason", " "), id);
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		var rejected = api.as("demo.resource").post("/api/v1/resources/providers/{id}/reject",
				Map.of("reason", "실체가 확인되지 않음"), id);
		assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.json().get("statusReason").asString()).isEqualTo("실체가 확인되지 않음");
		assertThat(api.as("demo.resource").post("/api/v1/resources/providers/{id}/approve", null, id).json().get("code")
				.asString()).isEqualTo("provider-not-pending");
		var addService = api.as("demo.worker").post("/api/v1/resources/providers/{id}/services",
				Map.of("name", "집수리"), id);
		assertThat(addService.json().get("code").asString()).isEqualTo("provider-closed");
	}

	@Test
	void aProviderOfAnotherDistrictNeedsThatDistrictsApproval() {
		// appendix 7 (1) ①: "타 시군구의 복지자원을 발굴하여 등록할 경우에는 복지자원 소재지 자원관리책임자의 승인 후에 활용"
		var created = fixtures.register("demo.worker", provider("부여 시험기관 " + unique(), BUYEO_OFFICE));
		var id = created.get("id").asString();
		assertThat(created.get("districtCode").asString()).isEqualTo(BUYEO);

		assertThat(api.as("demo.resource").get("/api/v1/resources/providers/{id}", id).status()).isEqualTo(200);
		assertThat(api.as("demo.resource").post("/api/v1/resources/providers/{id}/approve", null, id).status())
				.isEqualTo(403);
		var inbox = api.as(BUYEO_MANAGER).get("/api/v1/resources/approvals");
		assertThat(texts(inbox.json(), "id")).contains(id);
		assertThat(texts(api.as("demo.resource").get("/api/v1/resources/approvals").json(), "id")).doesNotContain(id);

		var approved = api.as(BUYEO_MANAGER).post("/api/v1/resources/providers/{id}/approve", null, id);
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
	}

	@Test
	void servicesUseStandardNamesOncePerProviderWithEligibilityRules() {
		var id = fixtures.approvedProvider("서비스 시험");
		// spaces do not matter: "노인 맞춤 돌봄" is the standard "노인 맞춤돌봄"
		var created = api.as("demo.worker").post("/api/v1/resources/providers/{id}/services",
				Map.of("name", "노인 맞춤 돌봄", "capacity", 20, "eligibility",
						Map.of("lifeStages", List.of("ELDERLY"), "incomeClasses", List.of("NEAR_POVERTY"))),
				id);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("name").asString()).isEqualTo("노인 맞춤돌봄");
		assertThat(created.json().get("category").asString()).isEqualTo("CARE");
		assertThat(created.json().get("eligibility").get("lifeStages").get(0).asString()).isEqualTo("ELDERLY");

		var again = api.as("demo.worker").post("/api/v1/resources/providers/{id}/services",
				Map.of("name", "노인맞춤돌봄"), id);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("duplicate-service");

		var unknown = api.as("demo.worker").post("/api/v1/resources/providers/{id}/services",
				Map.of("name", "아무 서비스"), id);
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.body()).contains("표준 제공 서비스명");

		var disabilityWithoutTarget = api.as("demo.worker").post("/api/v1/resources/providers/{id}/services",
				Map.of("name", "재활 치료", "eligibility", Map.of("disabilityTypes", List.of("PHYSICAL"))), id);
		assertThat(disabilityWithoutTarget.status()).isEqualTo(422);
		assertThat(disabilityWithoutTarget.json().get("errors").get(0).get("field").asString())
				.isEqualTo("eligibility.targets");

		var unknownEnum = api.as("demo.worker").post("/api/v1/resources/providers/{id}/services",
				Map.of("name", "재활 치료", "eligibility", Map.of("lifeStages", List.of("TEENAGER"))), id);
		assertThat(unknownEnum.status()).isEqualTo(422);

		var names = api.as("demo.worker").get("/api/v1/resources/taxonomy/service-names?q=반찬");
		assertThat(texts(names.json(), "name")).containsExactly("밑반찬 배달");
	}

	@Test
	void mergingKeepsTheChosenServicesEndsTheOthersAndKeepsTheHistory() {
		var survivor = fixtures.approvedProvider("통합 남는 기관");
		var duplicate = fixtures.approvedProvider("통합 없어질 기관");
		var keepOwn = fixtures.addService("demo.worker", survivor, "푸드뱅크 식품 지원", null, null);
		var dropOwn = fixtures.addService("demo.worker", survivor, "생필품 지원", null, null);
		var keepMoved = fixtures.addService("demo.worker", duplicate, "도시락 배달", null, null);
		var dropOther = fixtures.addService("demo.worker", duplicate, "푸드뱅크 식품 지원", null, null);
		Map<String, Object> body = Map.of("duplicateIds", List.of(duplicate), "keepServiceIds",
				List.of(keepOwn, keepMoved), "reason", "같은 기관의 중복 등록");

		assertThat(api.as("demo.worker").post("/api/v1/resources/providers/{id}/merge", body, survivor).status())
				.isEqualTo(403);
		var sameName = api.as("demo.resource").post("/api/v1/resources/providers/{id}/merge",
				Map.of("duplicateIds", List.of(duplicate), "keepServiceIds", List.of(keepOwn, dropOther), "reason", "x"),
				survivor);
		assertThat(sameName.json().get("code").asString()).isEqualTo("duplicate-service");

		var merged = api.as("demo.resource").post("/api/v1/resources/providers/{id}/merge", body, survivor);
		assertThat(merged.status()).as(merged.body()).isEqualTo(200);
		Map<String, String> status = new HashMap<>();
		merged.json().get("services").forEach(s -> status.put(s.get("id").asString(), s.get("status").asString()));
		assertThat(status).containsEntry(keepOwn, "ACTIVE").containsEntry(keepMoved, "ACTIVE")
				.containsEntry(dropOwn, "ENDED");
		assertThat(texts(merged.json().get("history"), "action")).contains("MERGED_FROM", "SERVICE_MOVED",
				"SERVICE_ENDED");

		var gone = api.as("demo.resource").get("/api/v1/resources/providers/{id}", duplicate).json();
		assertThat(gone.get("provider").get("status").asString()).isEqualTo("ENDED");
		assertThat(gone.get("provider").get("mergedInto").asString()).isEqualTo(survivor);
		assertThat(texts(gone.get("history"), "action")).contains("MERGED_INTO", "SERVICE_ENDED", "SERVICE_MOVED");
		assertThat(api.as("demo.resource").get("/api/v1/resources/services/{id}", dropOther).json().get("status")
				.asString()).isEqualTo("ENDED");
		assertThat(api.as("demo.resource").get("/api/v1/resources/services/{id}", keepMoved).json().get("providerId")
				.asString()).isEqualTo(survivor);
	}

	@Test
	void detailsChangeWithTheVersionAndAConcurrentChangeIsRefused() {
		var id = fixtures.register("demo.worker", provider("수정 시험 " + unique(), SINGWAN)).get("id").asString();
		var body = provider("수정된 이름 " + unique(), SINGWAN);
		body.put("version", 0);
		var changed = api.as("demo.worker").put("/api/v1/resources/providers/" + id, body);
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("version").asInt()).isEqualTo(1);
		var stale = api.as("demo.worker").put("/api/v1/resources/providers/" + id, body);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("code").asString()).isEqualTo("stale-version");
		// another office's worker is not the registrant and not the manager
		assertThat(api.as("demo.other").put("/api/v1/resources/providers/" + id, body).status()).isEqualTo(404);
	}
}
