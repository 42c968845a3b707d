package kr.dolbom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.org.DemoOrg;
import kr.dolbom.support.Api;
import kr.dolbom.support.BrowserSupport;
import kr.dolbom.support.BrowserTest;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * Issue 8 in a real browser: the social worker plans next month's visits from the turning-65 list with a
 * colleague, records the visit by the pair after the risk check, which leads to an initial consultation,
 * and sees their progress against the monthly target; the team lead sees the visit on the board and an
 * incident report.
 */
@DolbomIntegrationTest
class OutreachVisitBrowserTests extends BrowserTest {

	@Autowired
	Api api;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	Clock clock;

	private long visitedBy(String userId) {
		for (var p : api.as("demo.worker").get("/api/v1/outreach/progress?office={o}", DemoOrg.OFFICE).json().get("people")) {
			if (p.get("userId").asString().equals(userId)) {
				return p.get("visited").asLong();
			}
		}
		throw new AssertionError(userId);
	}

	@Test
	void aWorkerPlansFromTheTurning65ListRecordsAPairVisitLeadingToAnInitialConsultationAndSeesTheProgress() {
		var next = YearMonth.now(clock).plusMonths(1);
		var birth = next.atDay(20).minusYears(65);
		var person = api.as("demo.worker").post("/api/v1/persons", Map.of("name", "화면도래씨", "rrn",
				CaseFixtures.newRrn(String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(),
						birth.getDayOfMonth()), birth.getYear() >= 2000 ? '4' : '2'),
				"address", Map.of("orgUnitCode", DemoOrg.OFFICE, "line", "화면로 65"), "confirmNotDuplicate", true));
		assertThat(person.status()).as(person.body()).isEqualTo(201);
		var personId = person.json().get("id").asString();
		var workerId = fixtures.userId("demo.worker");
		long before = visitedBy(workerId);

		logIn("demo.worker");
		browser.get(url("/outreach/targets?month=" + next + "&group=TURNING_65"));
		BrowserSupport.waitForText(browser, "65세 도래자");
		BrowserSupport.click(browser, BrowserSupport.waitFor(browser, By.id("pick-" + personId)));
		new Select(browser.findElement(By.id("partner"))).selectByVisibleText("박성호");
		BrowserSupport.click(browser, browser.findElement(By.id("plan-visits")));
		BrowserSupport.waitForText(browser, "방문을 계획했습니다.");
		assertThat(browser.findElement(By.id("calendar")).getText()).contains("화면도래씨", "이지은", "박성호");

		BrowserSupport.click(browser, browser.findElement(By.linkText("화면도래씨")));
		BrowserSupport.waitFor(browser, By.id("save-risk"));
		assertThat(browser.findElement(By.id("visit-staff")).getText()).contains("이지은", "박성호");
		BrowserSupport.click(browser, browser.findElement(By.id("save-risk")));
		BrowserSupport.waitForText(browser, "위험 점검을 저장했습니다.");
		assertThat(browser.findElement(By.id("visit-risk")).getText()).contains("낮음", "출발 가능");

		assertThat(browser.findElement(By.id("staff-demo.worker")).isSelected()).isTrue();
		assertThat(browser.findElement(By.id("staff-demo.lead")).isSelected()).isTrue();
		browser.findElement(By.id("problem_ECONOMY")).sendKeys("기초연금 미신청, 관리비 체납");
		browser.findElement(By.id("summary")).sendKeys("65세 도래 안내 방문. 기초연금 신청 안내, 생활 실태 확인.");
		BrowserSupport.click(browser, browser.findElement(By.id("decision-INITIAL_CONSULTATION")));
		BrowserSupport.click(browser, browser.findElement(By.id("record-visit")));
		BrowserSupport.waitForText(browser, "방문을 기록했습니다.");
		assertThat(browser.findElement(By.id("visit-status")).getText()).isEqualTo("방문 완료");
		assertThat(browser.findElement(By.id("visit-decision")).getText()).isEqualTo("초기상담 (통합사례관리)");

		BrowserSupport.click(browser, browser.findElement(By.id("initial-consultation")));
		BrowserSupport.waitFor(browser, By.id("open-case"));
		assertThat(browser.getPageSource()).contains("초기상담", "기초연금 미신청, 관리비 체납", "화면도래씨");

		browser.get(url("/outreach/progress"));
		var row = BrowserSupport.waitFor(browser, By.id("progress-" + workerId));
		assertThat(row.findElement(By.className("visited")).getText()).isEqualTo(String.valueOf(before + 1));
		assertThat(row.findElement(By.className("target")).getText()).isEqualTo("15");
		assertThat(row.getText()).contains("이지은", "사회복지 담당");
	}

	@Test
	void theTeamLeadSeesTheBoardAndReviewsAnIncidentReport() {
		logIn("demo.worker");
		browser.get(url("/outreach/incidents/new"));
		BrowserSupport.waitFor(browser, By.id("place")).sendKeys("신관동 행정복지센터 상담실");
		browser.findElement(By.id("peopleInvolved")).sendKeys("내방 민원인, 직원 이지은");
		browser.findElement(By.id("damageSummary")).sendKeys("민원인이 책상을 내리침");
		browser.findElement(By.id("clientBehaviour")).sendKeys("급여 탈락 안내 후 격분");
		BrowserSupport.click(browser, browser.findElement(By.id("report-incident")));
		BrowserSupport.waitForText(browser, "사고보고서를 제출했습니다.");
		var reportUrl = browser.getCurrentUrl();

		logIn("demo.lead");
		browser.get(url("/outreach/board"));
		BrowserSupport.waitFor(browser, By.id("board"));
		browser.get(reportUrl);
		BrowserSupport.waitFor(browser, By.id("supervisorPlan")).sendKeys("민원 응대 시 2인 배석, 비상벨 점검");
		BrowserSupport.click(browser, browser.findElement(By.id("review-incident")));
		BrowserSupport.waitForText(browser, "검토를 저장했습니다.");
		assertThat(browser.findElement(By.id("incident-supervisorPlan")).getText()).contains("2인 배석");
		assertThat(browser.findElement(By.id("print-incident")).getAttribute("href")).endsWith("/forms/incident-report.pdf");
	}
}
