package kr.dolbom.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;
import kr.dolbom.support.Api;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;
import kr.dolbom.support.Downloaded;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5 dashboards: what the team lead, the 읍면동장 and the 시군구/시도 supervision see, counted from
 * real cases and deadlines, and who may see which.
 */
@DolbomIntegrationTest
class DashboardIntegrationTests {

	private static final String SINGWAN = "4415057000";

	@Autowired
	Api api;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private JsonNode ok(Api.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/** A case of 신관동 requested {@code daysAgo} days ago, assigned to demo.worker, not yet assessed. */
	private String receivedCase(String name, int daysAgo) {
		var client = fixtures.client(name, "560303", '1');
		var opened = api.as("demo.worker").post("/api/v1/cases", Map.of("personId", client.personId(), "consultationId",
				client.consultationId(), "requestedOn", LocalDate.now().minusDays(daysAgo).toString()));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		var caseId = opened.json().get("id").asString();
		assertThat(api.as("demo.lead").put("/api/v1/cases/{id}/assignee", Map.of("userId", fixtures.userId("demo.worker")),
				caseId).status()).isEqualTo(200);
		return caseId;
	}

	private JsonNode row(JsonNode dashboard, String unitCode) {
		for (var row : dashboard.get("rows")) {
			if (row.get("unit").get("code").asString().equals(unitCode)) {
				return row;
			}
		}
		throw new AssertionError("no row for " + unitCode + " in " + dashboard);
	}

	private long stepCount(JsonNode dashboard, String step, String field) {
		for (var row : dashboard.get("steps")) {
			if (row.get("step").asString().equals(step)) {
				return row.get("last30Days").get(field).asLong();
			}
		}
		return 0;
	}

	private JsonNode worker(JsonNode team, String name) {
		for (var w : team.get("workers")) {
			if (name.equals(w.get("name").asString(null))) {
				return w;
			}
		}
		return null;
	}

	@Test
	void theDistrictSeesCasesByStateAndComplianceOnTimeLateAndOverduePerStep() {
		var before = ok(api.as("demo.district").get("/api/v1/dashboards/units"));
		assertThat(before.get("unit").get("code").asString()).isEqualTo("4415000000");
		long openBefore = row(before, SINGWAN).get("open").asLong();
		long receivedBefore = row(before, SINGWAN).get("openByState").get("RECEIVED").asLong();

		// requested today: intake on time (manual 1-2 ④ 접수 the same day), the assessment done early is on time too
		var onTime = receivedCase("준수씨", 0);
		assertThat(api.as("demo.worker").post("/api/v1/cases/{id}/assessments", Map.of("date", LocalDate.now().toString(),
				"domains", java.util.List.of(Map.of("code", "ECONOMY", "need", "생계비", "crisisScore", 3))), onTime)
				.status()).isEqualTo(201);
		// requested 25 days ago: intake late, and the assessment (10 working days) overdue
		receivedCase("지연씨", 25);

		var after = ok(api.as("demo.district").get("/api/v1/dashboards/units"));
		var singwan = row(after, SINGWAN);
		assertThat(singwan.get("open").asLong()).isEqualTo(openBefore + 2);
		assertThat(singwan.get("openByState").get("RECEIVED").asLong()).isEqualTo(receivedBefore + 1);
		assertThat(stepCount(after, "INTAKE", "onTime")).isEqualTo(stepCount(before, "INTAKE", "onTime") + 1);
		assertThat(stepCount(after, "INTAKE", "late")).isEqualTo(stepCount(before, "INTAKE", "late") + 1);
		assertThat(stepCount(after, "ASSESSMENT", "onTime")).isEqualTo(stepCount(before, "ASSESSMENT", "onTime") + 1);
		assertThat(stepCount(after, "ASSESSMENT", "overdue")).isEqualTo(stepCount(before, "ASSESSMENT", "overdue") + 1);
		assertThat(after.get("total").get("open").asLong()).isGreaterThanOrEqualTo(singwan.get("open").asLong());
		var rate = after.get("total").get("last30Days");
		assertThat(rate.get("ratePercent").asInt()).isEqualTo((int) Math.round(100.0 * rate.get("onTime").asLong()
				/ (rate.get("onTime").asLong() + rate.get("late").asLong() + rate.get("overdue").asLong())));
	}

	@Test
	void theTeamLeadSeesOverdueWorkByStepAndWorker() {
		var before = ok(api.as("demo.lead").get("/api/v1/dashboards/team"));
		var workerName = api.as("demo.worker").get("/api/v1/me").json().get("name").asString();
		var w = worker(before, workerName);
		long overdueBefore = w == null ? 0 : w.get("overdueBySteps").path("ASSESSMENT").asLong(0);
		long openBefore = w == null ? 0 : w.get("openCases").asLong();

		receivedCase("팀현황씨", 40);

		var after = ok(api.as("demo.lead").get("/api/v1/dashboards/team"));
		var row = worker(after, workerName);
		assertThat(row).isNotNull();
		assertThat(row.get("overdueBySteps").get("ASSESSMENT").asLong()).isEqualTo(overdueBefore + 1);
		assertThat(row.get("openCases").asLong()).isEqualTo(openBefore + 1);
		assertThat(after.get("overdue").asLong()).isEqualTo(before.get("overdue").asLong() + 1);
		assertThat(after.get("offices").toString()).contains(SINGWAN);
	}

	@Test
	void theProvinceSeesItsDistrictsAndDrillsDownButNotBeyondItsScope() {
		var province = ok(api.as("demo.province").get("/api/v1/dashboards/units"));
		assertThat(province.get("unit").get("code").asString()).isEqualTo("4400000000");
		assertThat(province.get("rows").toString()).contains("4415000000", "4476000000");
		var district = ok(api.as("demo.province").get("/api/v1/dashboards/units?unit=4415000000&days=90"));
		assertThat(district.get("days").asInt()).isEqualTo(90);
		assertThat(district.get("rows").toString()).contains(SINGWAN);

		// out of scope: 404, as for any record (api.md); the wrong role: 403
		assertThat(api.as("demo.district").get("/api/v1/dashboards/units?unit=4476000000").status()).isEqualTo(404);
		assertThat(api.as("demo.lead").get("/api/v1/dashboards/units?unit=4476025000").status()).isEqualTo(404);
		assertThat(api.as("demo.district").get("/api/v1/dashboards/units?unit=1100000000").status()).isEqualTo(404);
		assertThat(api.as("demo.worker").get("/api/v1/dashboards/units").status()).isEqualTo(403);
		assertThat(api.as("demo.worker").get("/api/v1/dashboards/team").status()).isEqualTo(403);
		assertThat(api.as("demo.partner").get("/api/v1/dashboards/units").status()).isEqualTo(403);
		assertThat(api.as("demo.admin").get("/api/v1/dashboards/units").status()).isEqualTo(403);
		assertThat(api.as("demo.district").get("/api/v1/dashboards/team").status()).isEqualTo(403);
		assertThat(api.as("demo.district").get("/api/v1/dashboards/units?days=7").status()).isEqualTo(422);
	}

	@Test
	void thePagesShowTheChartsAndTablesInKorean() throws Exception {
		var district = login("demo.district");
		var page = mvc.perform(get("/dashboards/units").cookie(district)).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		var html = page.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("공주시 현황판", "진행 중인 사례 (단계별)", "단계별 기한 준수", "신관동", "id=\"unit-rows\"");

		var lead = login("demo.lead");
		assertThat(mvc.perform(get("/dashboards").cookie(lead)).andReturn().getResponse().getRedirectedUrl())
				.isEqualTo("/dashboards/team");
		var team = mvc.perform(get("/dashboards/team").cookie(lead)).andReturn().getResponse();
		assertThat(team.getContentAsString(StandardCharsets.UTF_8)).contains("현황", "기한 초과 (단계별 · 담당자별)",
				"hx-get=\"/work-queue/panel?view=team&amp;limit=10\"");
		var panel = mvc.perform(get("/work-queue/panel?view=team&limit=1").cookie(lead)).andReturn().getResponse();
		assertThat(panel.getStatus()).isEqualTo(200);
		assertThat(panel.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"queue\"").doesNotContain("<html");

		var worker = login("demo.worker");
		assertThat(mvc.perform(get("/dashboards/units").cookie(worker)).andReturn().getResponse().getStatus())
				.isEqualTo(403);
	}

	@Test
	void theDistrictDownloadsItsDashboardAsExcelWithThePurposeLogged() throws Exception {
		var district = login("demo.district");
		var dashboard = ok(api.as("demo.district").get("/api/v1/dashboards/units?days=90"));
		long logged = jdbc.sql("SELECT COUNT(*) FROM access_log WHERE subject_type = 'DASHBOARD' AND action = 'EXPORT'")
				.query(Long.class).single();

		var file = Downloaded.get(mvc, null, district, "/dashboards/units/export.xlsx?days=90&purpose={p}", "통계 보고");
		assertThat(file.status()).isEqualTo(200);
		try (var book = file.workbook()) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("단위");
			org.apache.poi.ss.usermodel.Row singwan = null;
			for (var row : sheet) {
				if (row.getCell(1) != null && SINGWAN.equals(row.getCell(1).toString())) {
					singwan = row;
				}
			}
			assertThat(singwan).as("a row for 신관동").isNotNull();
			// column 8 is the open total after the unit, its code and the six open states
			assertThat((long) singwan.getCell(8).getNumericCellValue()).isEqualTo(row(dashboard, SINGWAN).get("open").asLong());
			var text = new StringBuilder();
			sheet.forEach(r -> r.forEach(c -> text.append(c.toString()).append(' ')));
			assertThat(text).contains("합계", "통계 보고", "윤서연");
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM access_log WHERE subject_type = 'DASHBOARD' AND action = 'EXPORT'")
				.query(Long.class).single()).isEqualTo(logged + 1);

		assertThat(Downloaded.get(mvc, null, district, "/dashboards/units/export.xlsx").status()).isEqualTo(422);
		assertThat(Downloaded.get(mvc, null, login("demo.worker"), "/dashboards/units/export.xlsx?purpose=x").status())
				.isEqualTo(403);
		var team = Downloaded.get(mvc, null, login("demo.lead"), "/dashboards/team/export.xlsx?purpose={p}", "팀 회의");
		assertThat(team.status()).isEqualTo(200);
		try (var book = team.workbook()) {
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("담당자");
		}
	}

	private Cookie login(String username) throws Exception {
		return mvc.perform(formLogin("/login").user(username).password("Demo-2026!")).andReturn().getResponse()
				.getCookie("SESSION");
	}
}
