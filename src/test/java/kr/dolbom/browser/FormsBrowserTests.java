package kr.dolbom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.support.Api;
import kr.dolbom.support.BrowserSupport;
import kr.dolbom.support.BrowserTest;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * Issue 9 in a real browser: the case manager prints the service plan from the case page (the PDF
 * the link leads to, fetched within the browser's session) and downloads the case list as Excel.
 */
@DolbomIntegrationTest
class FormsBrowserTests extends BrowserTest {

	@Autowired
	Api api;

	@Autowired
	CaseFixtures fixtures;

	/** Fetches a link of the page with the browser's own session; answers "status|content type|first bytes". */
	private String fetch(String href) {
		return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], {credentials: 'same-origin'})
				  .then(r => r.arrayBuffer().then(b => done(r.status + '|' + r.headers.get('content-type') + '|'
				    + String.fromCharCode(...new Uint8Array(b).slice(0, 5)))))
				  .catch(e => done('error|' + e));""", href);
	}

	@Test
	void aCaseManagerPrintsTheServicePlanFromTheCasePage() {
		var today = LocalDate.now().toString();
		var client = fixtures.client("인쇄화면씨", "600606", '2');
		var caseId = api.as("demo.worker").post("/api/v1/cases", Map.of("personId", client.personId(), "consultationId",
				client.consultationId(), "requestedOn", today)).json().get("id").asString();
		api.as("demo.lead").put("/api/v1/cases/{id}/assignee", Map.of("userId", fixtures.userId("demo.worker")), caseId);
		api.as("demo.worker").post("/api/v1/cases/{id}/assessments", Map.of("date", today, "domains",
				List.of(Map.of("code", "ECONOMY", "need", "체납", "crisisScore", 4))), caseId);
		var meetingId = api.as("demo.worker").post("/api/v1/meetings", Map.of("kind", "INTERNAL", "date", today,
				"participants", List.of(Map.of("name", "이지은", "agency", "신관동", "userId", fixtures.userId("demo.worker"))),
				"cases", List.of(Map.of("caseId", caseId, "discussion", "논의", "decisions", "선정")))).json().get("id")
				.asString();
		api.as("demo.lead").post("/api/v1/cases/{id}/selection", Map.of("decision", "CASE_MANAGEMENT", "meetingId",
				meetingId, "caseType", "GENERAL"), caseId);
		var plan = api.as("demo.worker").post("/api/v1/cases/{id}/plans", Map.of("goals", List.of(Map.of("domain",
				"ECONOMY", "term", "SHORT", "text", "체납을 해결한다")), "services", List.of(Map.of("provider", "푸드뱅크",
						"content", "식품", "frequency", "월 1회", "from", today, "to", today))), caseId);
		assertThat(plan.status()).as(plan.body()).isEqualTo(201);

		logIn("demo.worker");
		browser.get(url("/cases/" + caseId));
		var link = BrowserSupport.waitFor(browser, By.id("print-service-plan"));
		assertThat(link.getText()).isEqualTo("서비스 제공계획 및 점검표");
		var href = link.getAttribute("href");
		assertThat(href).endsWith("/cases/" + caseId + "/forms/service-plan.pdf");
		assertThat(fetch(href)).isEqualTo("200|application/pdf|%PDF-");

		// the link itself: the browser opens the PDF (inline) without leaving an error page
		BrowserSupport.click(browser, link);
		assertThat(browser.getCurrentUrl()).endsWith("/forms/service-plan.pdf");

		// the case list offers the Excel download with a purpose
		browser.get(url("/cases?view=office"));
		var button = BrowserSupport.waitFor(browser, By.id("export-button"));
		assertThat(button.getText()).isEqualTo("엑셀 내려받기");
		assertThat(browser.findElement(By.id("export-purpose")).getText()).contains("사례 업무 처리");
		assertThat(fetch(url("/cases/export.xlsx?view=office&purpose=%EC%97%85%EB%AC%B4")))
				.startsWith("200|application/vnd.openxmlformats-officedocument.spreadsheetml.sheet|PK");
	}
}
