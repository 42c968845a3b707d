package kr.dolbom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.support.Api;
import kr.dolbom.support.BrowserSupport;
import kr.dolbom.support.BrowserTest;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * Issue 4: a social worker and a team lead take a case from the initial consultation to an
 * approved, consented plan, then to an approved closure — in a real browser.
 */
@DolbomIntegrationTest
class CaseBrowserTests extends BrowserTest {

	@Autowired
	Api api;

	@Autowired
	CaseFixtures fixtures;

	private void click(String buttonText) {
		BrowserSupport.click(browser, browser.findElement(By.xpath("//button[normalize-space()='" + buttonText
				+ "'] | //a[normalize-space()='" + buttonText + "']")));
	}

	private String state() {
		return browser.findElement(By.id("case-state")).getText();
	}

	@Test
	void aWorkerAndATeamLeadTakeACaseFromConsultationToApprovedClosure() {
		// a resident with the consent to case management, registered through the API
		Map<String, Object> body = new HashMap<>();
		body.put("name", "브라우저사례");
		body.put("rrn", CaseFixtures.newRrn("580808", '2'));
		body.put("address", Map.of("orgUnitCode", "4415057000", "line", "신관동 화면로 3"));
		var personId = api.as("demo.worker").post("/api/v1/persons", body).json().get("id").asString();
		api.as("demo.worker").post("/api/v1/persons/{id}/consents", Map.of("scope", "CASE_MANAGEMENT", "givenOn",
				LocalDate.now().toString()), personId);

		// the worker records the initial consultation and takes the case in
		logIn("demo.worker");
		browser.get(url("/people/" + personId));
		BrowserSupport.waitForText(browser, "상담 기록");
		browser.get(url("/consultations/new?personId=" + personId));
		new Select(browser.findElement(By.id("route"))).selectByVisibleText("내방");
		browser.findElement(By.id("problem_ECONOMY")).sendKeys("전기요금 3개월 체납");
		browser.findElement(By.id("priority_ECONOMY")).sendKeys("1");
		browser.findElement(By.id("summary")).sendKeys("생활고로 내방 상담");
		click("저장");
		BrowserSupport.waitForText(browser, "상담을 기록했습니다.");
		browser.findElement(By.id("open-case")).click();
		click("접수");
		BrowserSupport.waitForText(browser, "사례를 접수했습니다.");
		var caseUrl = browser.getCurrentUrl();
		assertThat(state()).isEqualTo("접수");
		assertThat(browser.findElement(By.id("next-action")).getText()).contains("주 사례관리자를 지정");

		// the team lead assigns the worker
		logIn("demo.lead");
		browser.get(caseUrl);
		new Select(browser.findElement(By.id("assign-user"))).selectByVisibleText("이지은");
		click("지정");
		BrowserSupport.waitForText(browser, "주 사례관리자를 지정했습니다.");

		// the worker assesses and records the case meeting
		logIn("demo.worker");
		browser.get(caseUrl);
		browser.findElement(By.id("next-action")).findElement(By.linkText("조사 등록")).click();
		browser.findElement(By.id("need_ECONOMY")).sendKeys("체납 공과금 해결");
		new Select(browser.findElement(By.id("score_ECONOMY"))).selectByValue("4");
		click("조사 등록");
		BrowserSupport.waitForText(browser, "조사를 등록했습니다.");
		assertThat(state()).isEqualTo("욕구·위기도 조사 완료");
		browser.findElement(By.id("next-action")).findElement(By.linkText("사례회의 기록")).click();
		browser.findElements(By.name("staff")).forEach(c -> BrowserSupport.click(browser, c));
		browser.findElement(By.id("discussion")).sendKeys("체납 해결과 식품 지원 논의");
		browser.findElement(By.id("decisions")).sendKeys("사례관리 가구로 선정");
		BrowserSupport.click(browser, browser.findElement(By.cssSelector("form button[type=submit].btn-primary")));
		BrowserSupport.waitForText(browser, "사례회의를 기록했습니다.");

		// the team lead selects at that meeting
		logIn("demo.lead");
		browser.get(caseUrl);
		new Select(browser.findElement(By.id("decision"))).selectByVisibleText("사례관리 가구");
		new Select(browser.findElement(By.id("meetingId"))).selectByIndex(1);
		new Select(browser.findElement(By.id("caseType"))).selectByVisibleText("일반");
		click("선정 등록");
		BrowserSupport.waitForText(browser, "대상자 구분·선정을 등록했습니다.");
		assertThat(state()).isEqualTo("선정");

		// the worker drafts and submits the plan
		logIn("demo.worker");
		browser.get(caseUrl);
		browser.findElement(By.id("next-action")).findElement(By.linkText("계획 작성")).click();
		browser.findElement(By.id("goal_text_0")).sendKeys("3개월 안에 밀린 전기요금을 해결한다");
		browser.findElement(By.id("service_provider_0")).sendKeys("공주시 푸드뱅크");
		browser.findElement(By.id("service_content_0")).sendKeys("식품 지원");
		browser.findElement(By.id("service_frequency_0")).sendKeys("월 2회");
		setDate("service_from_0", LocalDate.now());
		setDate("service_to_0", LocalDate.now().plusMonths(3));
		click("저장");
		BrowserSupport.waitForText(browser, "서비스 제공계획을 저장했습니다.");
		click("승인 요청");
		BrowserSupport.waitForText(browser, "승인을 요청했습니다.");

		// the team lead approves; the worker records both consents
		logIn("demo.lead");
		browser.get(caseUrl);
		click("승인");
		BrowserSupport.waitForText(browser, "계획을 승인했습니다.");
		logIn("demo.worker");
		browser.get(caseUrl);
		click("동의 등록");
		BrowserSupport.waitForText(browser, "계획이 확정되었습니다.");
		assertThat(state()).isEqualTo("서비스 제공계획 확정");

		// a check, a closure meeting and the closure request
		browser.findElement(By.id("next-action")).findElement(By.linkText("점검 기록")).click();
		browser.findElement(By.id("satisfaction")).sendKeys("4");
		browser.findElement(By.id("clientChange")).sendKeys("체납 해결");
		browser.findElement(By.id("participation")).sendKeys("적극적");
		browser.findElement(By.id("adequacy")).sendKeys("적절");
		BrowserSupport.click(browser, browser.findElement(By.cssSelector("form button[type=submit].btn-primary")));
		BrowserSupport.waitForText(browser, "점검을 기록했습니다.");
		assertThat(state()).isEqualTo("서비스 제공 중");
		browser.get(caseUrl + "/assessments/new");
		browser.findElement(By.id("need_ECONOMY")).sendKeys("체납 해결됨");
		new Select(browser.findElement(By.id("score_ECONOMY"))).selectByValue("2");
		click("조사 등록");
		BrowserSupport.waitForText(browser, "조사를 등록했습니다.");
		browser.get(caseUrl + "/meetings/new");
		browser.findElements(By.name("staff")).forEach(c -> BrowserSupport.click(browser, c));
		browser.findElement(By.id("discussion")).sendKeys("목표 달성 확인");
		browser.findElement(By.id("decisions")).sendKeys("종결");
		BrowserSupport.click(browser, browser.findElement(By.cssSelector("form button[type=submit].btn-primary")));
		BrowserSupport.waitForText(browser, "사례회의를 기록했습니다.");
		browser.get(caseUrl + "/closure/new");
		new Select(browser.findElement(By.id("meetingId"))).selectByIndex(1);
		browser.findElement(By.id("goalAttainment")).sendKeys("단기 목표 달성");
		browser.findElement(By.id("change")).sendKeys("경제 위기도 4 → 2");
		browser.findElement(By.id("followUpPlan")).sendKeys("6개월, 12개월 사후확인");
		BrowserSupport.click(browser, browser.findElement(By.cssSelector("form button[type=submit].btn-primary")));
		BrowserSupport.waitForText(browser, "팀장 승인을 기다립니다");
		assertThat(state()).isEqualTo("종결 승인 대기");

		// the team lead approves the closure; follow-ups appear
		logIn("demo.lead");
		browser.get(caseUrl);
		click("종결 승인");
		BrowserSupport.waitForText(browser, "사후확인 일정이 만들어졌습니다.");
		assertThat(state()).isEqualTo("종결");
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("만족도 조사", "사후확인");
		assertThat(browser.findElement(By.id("history")).getText()).contains("CLOSURE_APPROVE", "PLAN_CONSENT");
	}

	/**
	 * Issue 5: the worker sees an overdue item at the top of the queue, opens it, completes the step,
	 * and it leaves the queue. The case was requested three years ago, so its assessment (manual 1-2
	 * ④: within 10 working days of the request) is the oldest overdue item of anyone's queue.
	 */
	@Test
	void anOverdueAssessmentLeadsTheQueueAndLeavesItWhenDone() {
		var client = fixtures.client("기한초과씨", "490909", '2');
		var opened = api.as("demo.worker").post("/api/v1/cases", Map.of("personId", client.personId(), "consultationId",
				client.consultationId(), "requestedOn", LocalDate.now().minusYears(3).toString()));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		var caseId = opened.json().get("id").asString();
		assertThat(api.as("demo.lead").put("/api/v1/cases/{id}/assignee", Map.of("userId", fixtures.userId("demo.worker")),
				caseId).status()).isEqualTo(200);

		logIn("demo.worker");
		browser.get(url("/work-queue"));
		var first = BrowserSupport.waitFor(browser, By.cssSelector("#queue tbody tr"));
		assertThat(first.getText()).contains("기한초과씨", "욕구·위기도 조사", "기한 초과");
		assertThat(first.getAttribute("class")).contains("table-danger");
		BrowserSupport.click(browser, first.findElement(By.cssSelector("a")));
		BrowserSupport.waitForText(browser, "기한초과씨");
		assertThat(browser.getCurrentUrl()).endsWith("/cases/" + caseId);

		browser.findElement(By.id("next-action")).findElement(By.linkText("조사 등록")).click();
		browser.findElement(By.id("need_ECONOMY")).sendKeys("체납 공과금 해결");
		new Select(browser.findElement(By.id("score_ECONOMY"))).selectByValue("3");
		click("조사 등록");
		BrowserSupport.waitForText(browser, "조사를 등록했습니다.");

		browser.get(url("/work-queue"));
		BrowserSupport.waitFor(browser, By.id("queue-summary"));
		assertThat(browser.findElements(By.cssSelector("#queue tbody tr")).stream()
				.filter(r -> r.getText().contains("기한초과씨")).map(r -> r.getText()))
				.as("the assessment has left the queue; only the next step may remain").noneMatch(t -> t.contains("욕구·위기도 조사"));
	}

	private void setDate(String id, LocalDate date) {
		// date inputs take keyboard input in the browser's locale order; setting the value is locale-free
		((JavascriptExecutor) browser).executeScript(
				"document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
	}

}
