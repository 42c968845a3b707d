package kr.dolbom.discovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.discovery.DiscoveryFixtures;
import kr.dolbom.support.Api;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The 9 standard statistics (domain.md §6) by 시도/시군구/읍면동 and month, with the Excel export. */
@DolbomIntegrationTest
class DiscoveryStatsIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	private JsonNode table(JsonNode report, String kind) {
		for (var t : report.get("tables")) {
			if (t.get("kind").asString().equals(kind)) {
				return t;
			}
		}
		throw new AssertionError(kind);
	}

	/** The total row's value of a column. */
	private long total(JsonNode report, String kind, int column) {
		var rows = table(report, kind).get("rows");
		var total = rows.get(rows.size() - 1);
		assertThat(total.get("total").asBoolean()).isTrue();
		return total.get("values").get(column).asLong();
	}

	private JsonNode report(String user, String level) {
		var response = api.as(user).get("/api/v1/discovery/stats?level={level}&period={period}", level,
				YearMonth.now(clock).toString());
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	@Test
	void theNineStatisticsCountTheMonthsTargetsOfTheCallersOffices() {
		var before = report("demo.worker", "OFFICE");
		assertThat(before.get("tables")).hasSize(9);

		var fixtures = new DiscoveryFixtures(api);
		var round = fixtures.distributedRound("WATER_CUT", Map.of(SelfManagedFixtures.newRrn(), "통계일",
				SelfManagedFixtures.newRrn(), "통계이"));
		var nonTarget = fixtures.targetOf(round, "통계일");
		var result = new HashMap<String, Object>(Map.of("result", "NON_TARGET", "contactMethod", "VISIT", "reasonCode", "REFUSED"));
		assertThat(api.as("demo.worker").post("/api/v1/discovery/targets/{id}/result", result, nonTarget).status())
				.isEqualTo(200);

		var after = report("demo.worker", "OFFICE");
		// 처리실적 총괄: distributed, processed, in progress
		assertThat(total(after, "SUMMARY", 0) - total(before, "SUMMARY", 0)).isEqualTo(2);
		assertThat(total(after, "SUMMARY", 1) - total(before, "SUMMARY", 1)).isEqualTo(1);
		assertThat(total(after, "SUMMARY", 2) - total(before, "SUMMARY", 2)).isEqualTo(1);
		// 비대상 현황: the REFUSED column
		var reasons = table(after, "NON_TARGETS").get("columns");
		int refused = -1;
		for (int i = 0; i < reasons.size(); i++) {
			if (reasons.get(i).asString().equals("지원 거부")) {
				refused = i;
			}
		}
		assertThat(refused).isNotNegative();
		assertThat(total(after, "NON_TARGETS", refused) - total(before, "NON_TARGETS", refused)).isEqualTo(1);
		// 조치중: the open one, distributed less than a month ago
		assertThat(total(after, "IN_PROGRESS", 1) - total(before, "IN_PROGRESS", 1)).isEqualTo(1);
		// monthly: 12 months and the total
		assertThat(table(after, "MONTHLY").get("rows")).hasSize(13);
		List<String> units = new ArrayList<>();
		table(after, "SUMMARY").get("rows").forEach(r -> units.add(r.get("unitName").asString()));
		assertThat(units).contains("신관동");

		// by 시군구: one row for 공주시 (and the total)
		var district = report("demo.province", "DISTRICT");
		List<String> districts = new ArrayList<>();
		table(district, "SUMMARY").get("rows").forEach(r -> districts.add(r.get("unitCode").asString()));
		assertThat(districts).contains("4415000000");
	}

	@Test
	void eachCallerCountsOnlyTheirOfficesAndNeedsAReadingRole() {
		var other = report("demo.other", "OFFICE");
		table(other, "SUMMARY").get("rows").forEach(r -> {
			if (!r.get("total").asBoolean()) {
				assertThat(r.get("unitCode").asString()).startsWith("44760");
			}
		});
		assertThat(api.as("demo.resource").get("/api/v1/discovery/stats").status()).isEqualTo(403);
		var bad = api.as("demo.worker").get("/api/v1/discovery/stats?period=2026-13");
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("period");
		assertThat(api.as("demo.worker").get("/api/v1/discovery/stats?level=COUNTY").status()).isEqualTo(422);
	}

	@Test
	void theExportNeedsAPurposeAndIsAnExcelFileAndThePageShowsTheNine() throws Exception {
		var session = mvc.perform(formLogin("/login").user("demo.worker").password("Demo-2026!")).andReturn().getResponse()
				.getCookie("SESSION");
		var noPurpose = mvc.perform(get("/discovery/stats/export.xlsx").cookie(session)).andReturn().getResponse();
		assertThat(noPurpose.getStatus()).isEqualTo(422);
		var file = mvc.perform(get("/discovery/stats/export.xlsx").cookie(session).param("level", "OFFICE")
				.param("purpose", "업무 보고")).andReturn().getResponse();
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentType()).contains("spreadsheetml");
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(file.getContentAsByteArray()))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("통계");
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("처리실적 총괄현황");
		}
		var page = mvc.perform(get("/discovery/stats").cookie(session)).andReturn().getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("1. 처리실적 총괄현황", "9. 민간자원지원 상세현황", "<caption");
	}
}
