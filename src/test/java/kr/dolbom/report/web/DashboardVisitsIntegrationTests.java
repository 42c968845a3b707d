package kr.dolbom.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import kr.dolbom.org.DemoOrg;
import kr.dolbom.support.Api;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5 (dashboards, "visits vs monthly targets once the outreach issue lands"): the unit dashboard
 * shows per office the households visited this month against the sum of the visiting staff's targets.
 */
@DolbomIntegrationTest
class DashboardVisitsIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	Clock clock;

	private static JsonNode row(JsonNode dashboard, String office) {
		for (var v : dashboard.get("visits")) {
			if (v.get("unit").get("code").asString().equals(office)) {
				return v;
			}
		}
		throw new AssertionError("no visits row of " + office);
	}

	@Test
	void theUnitDashboardCountsVisitsAgainstTheMonthlyTargets() {
		var before = api.as("demo.district").get("/api/v1/dashboards/units");
		assertThat(before.status()).as(before.body()).isEqualTo(200);
		long visitedBefore = row(before.json(), DemoOrg.OFFICE).get("householdsVisited").asLong();
		long totalBefore = before.json().get("visitTotal").get("householdsVisited").asLong();
		var progress = api.as("demo.lead").get("/api/v1/outreach/progress?office={o}", DemoOrg.OFFICE).json();
		assertThat(row(before.json(), DemoOrg.OFFICE).get("monthlyTarget").asInt()).isEqualTo(progress.get("target").asInt())
				.isGreaterThanOrEqualTo(50);

		var person = api.as("demo.worker").post("/api/v1/persons", Map.of("name", "대시보드방문", "rrn",
				CaseFixtures.newRrn("610909", '1'), "address", Map.of("orgUnitCode", DemoOrg.OFFICE, "line", "대시로 1"),
				"confirmNotDuplicate", true)).json().get("id").asString();
		var visit = api.as("demo.worker").post("/api/v1/outreach/visits", Map.of("personId", person, "group", "TURNING_65",
				"plannedOn", LocalDate.now(clock).toString())).json().get("id").asString();
		api.as("demo.worker").put("/api/v1/outreach/visits/{id}/risk-check", Map.of(), visit);
		var recorded = api.as("demo.worker").post("/api/v1/outreach/visits/{id}/record", Map.of("visitedOn",
				LocalDate.now(clock).toString(), "staff", List.of(fixtures.userId("demo.worker"), fixtures.userId("demo.nurse")),
				"summary", "방문", "decision", "NONE"), visit);
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);

		var after = api.as("demo.district").get("/api/v1/dashboards/units").json();
		assertThat(row(after, DemoOrg.OFFICE).get("householdsVisited").asLong()).isEqualTo(visitedBefore + 1);
		assertThat(after.get("visitTotal").get("householdsVisited").asLong()).isEqualTo(totalBefore + 1);
		var office = api.as("demo.head").get("/api/v1/dashboards/units").json();
		assertThat(row(office, DemoOrg.OFFICE).get("householdsVisited").asLong()).isEqualTo(visitedBefore + 1);
		assertThat(api.as("demo.head").get("/api/v1/dashboards/units").body()).doesNotContain(DemoOrg.OTHER_OFFICE);
	}
}
