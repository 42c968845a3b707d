package kr.dolbom.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import kr.dolbom.support.Api;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * quality.md "Supervisors review it monthly: the system offers that review (e.g. unusual volumes,
 * downloads) and records that it was done" — 개인정보의 안전성 확보조치 기준 §8②.
 */
@DolbomIntegrationTest
class AccessReviewIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	MockMvc mvc;

	private final YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Seoul"));

	private JsonNode user(JsonNode review, String username) {
		for (var line : review.get("users")) {
			if (line.get("activity").get("username").asString().equals(username)) {
				return line;
			}
		}
		return null;
	}

	@Test
	void theProvinceSeesEachUsersUseWithWhatStandsOutAndRecordsTheReviewOnce() {
		var person = fixtures.client("점검대상씨", "600101", '1').personId();
		assertThat(api.as("demo.worker").get("/api/v1/persons/{id}", person).status()).isEqualTo(200);
		assertThat(api.as("demo.lead").post("/api/v1/persons/{id}/rrn/reveal", Map.of("purpose", "긴급지원 신청"), person)
				.status()).isEqualTo(200);

		var review = api.as("demo.province").get("/api/v1/audit/reviews/{month}", thisMonth.toString());
		assertThat(review.status()).as(review.body()).isEqualTo(200);
		assertThat(review.json().get("unitCode").asString()).isEqualTo("4400000000");
		var worker = user(review.json(), "demo.worker");
		assertThat(worker).isNotNull();
		assertThat(worker.get("activity").get("persons").asLong()).isPositive();
		var lead = user(review.json(), "demo.lead");
		assertThat(lead.get("flags").toString()).contains("REVEALS");
		assertThat(review.json().get("reviewable").asBoolean()).isFalse();

		// the month under way cannot be recorded as reviewed; last month can, once
		assertThat(api.as("demo.province").post("/api/v1/audit/reviews", Map.of("month", thisMonth.toString(),
				"note", "확인")).status()).isEqualTo(422);
		var lastMonth = thisMonth.minusMonths(1).toString();
		assertThat(api.as("demo.province").post("/api/v1/audit/reviews", Map.of("month", lastMonth)).status())
				.isEqualTo(422);
		var recorded = api.as("demo.province").post("/api/v1/audit/reviews", Map.of("month", lastMonth, "note",
				"다운로드 사유 확인, 이상 없음"));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		var again = api.as("demo.province").post("/api/v1/audit/reviews", Map.of("month", lastMonth, "note", "다시"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("review-done");
		var done = api.as("demo.province").get("/api/v1/audit/reviews/{month}", lastMonth).json().get("done");
		assertThat(done.get("note").asString()).isEqualTo("다운로드 사유 확인, 이상 없음");
	}

	@Test
	void onlySupervisorsAndTheAdministratorReviewAndOnlyWithinTheirScope() {
		assertThat(api.as("demo.worker").get("/api/v1/audit/reviews/{m}", thisMonth.toString()).status()).isEqualTo(403);
		assertThat(api.as("demo.lead").get("/api/v1/audit/reviews/{m}", thisMonth.toString()).status()).isEqualTo(403);
		assertThat(api.as("demo.province").get("/api/v1/audit/reviews/{m}?unit=1100000000", thisMonth.toString())
				.status()).isEqualTo(404);
		assertThat(api.as("demo.province").get("/api/v1/audit/reviews/{m}?unit=4415000000", thisMonth.toString())
				.status()).isEqualTo(200);
		assertThat(api.as("demo.admin").get("/api/v1/audit/reviews/{m}", thisMonth.toString()).json().get("unitCode")
				.asString()).isEqualTo("0000000000");
		assertThat(api.as("demo.province").get("/api/v1/audit/reviews/{m}", thisMonth.plusMonths(1).toString())
				.status()).isEqualTo(422);
		assertThat(api.as("demo.province").get("/api/v1/audit/reviews/2026-13").status()).isEqualTo(422);
	}

	@Test
	void theReviewPageListsUsersAndDownloadsInKorean() throws Exception {
		var session = mvc.perform(formLogin("/login").user("demo.province").password("Demo-2026!")).andReturn()
				.getResponse().getCookie("SESSION");
		var page = mvc.perform(get("/audit/review?month=" + thisMonth).cookie(session)).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("접속기록 점검", "id=\"review-users\"",
				"출력·다운로드와 그 사유", "이 달이 끝난 뒤에 점검을 기록할 수 있습니다.");
	}
}
