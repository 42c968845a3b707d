package kr.dolbom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.support.Api;
import kr.dolbom.support.BrowserSupport;
import kr.dolbom.support.BrowserTest;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * The counselling desk's main path in a real browser, with the keyboard only: record a walk-in with
 * an external referral, find its follow-up check in the work queue, record the check.
 */
@DolbomIntegrationTest
class DeskBrowserTests extends BrowserTest {

	@Autowired
	Api api;

	private static void press(WebElement element) {
		element.sendKeys(Keys.ENTER);
	}

	private String text() {
		return browser.findElement(By.tagName("body")).getText();
	}

	private String resident(String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("rrn", CaseFixtures.newRrn("710101", '1'));
		body.put("address", Map.of("orgUnitCode", "4415057000", "line", "창구길 3"));
		body.put("confirmNotDuplicate", true);
		var person = api.as("demo.worker").post("/api/v1/persons", body);
		assertThat(person.status()).as(person.body()).isEqualTo(201);
		return person.json().get("id").asString();
	}

	@Test
	void aWalkInWithAnExternalReferralAndItsFollowUpCheck() {
		var personId = resident("창구방문인");
		logIn("demo.worker");
		browser.get(url("/people/" + personId));
		press(BrowserSupport.waitFor(browser, By.id("desk-new")));
		BrowserSupport.waitForText(browser, "종합상담 기록");

		// without consent nothing is stored and the message stands beside the field
		browser.findElement(By.id("recordsChecked")).sendKeys(Keys.SPACE);
		browser.findElement(By.id("topic-EMPLOYMENT")).sendKeys(Keys.SPACE);
		browser.findElement(By.id("topic-BENEFITS")).sendKeys(Keys.SPACE);
		browser.findElement(By.id("internal-BENEFIT_APPLICATION")).sendKeys(Keys.SPACE);
		browser.findElement(By.id("summary")).sendKeys("실직 후 구직과 생계급여 상담");
		browser.findElement(By.id("ext0_agency")).sendKeys("공주고용복지플러스센터");
		browser.findElement(By.id("ext0_service")).sendKeys("국민취업지원제도");
		browser.findElement(By.id("ext0_documents")).sendKeys("신분증, 통장 사본");
		browser.findElement(By.id("ext0_procedure")).sendKeys("센터 방문 신청 후 2주 안에 상담");
		browser.findElement(By.id("ext0_contactName")).sendKeys("이상담");
		browser.findElement(By.id("ext0_contactPhone")).sendKeys("041-850-1234");
		press(browser.findElement(By.cssSelector("#desk-form button[type=submit]")));
		BrowserSupport.waitForText(browser, "입력 내용을 확인하세요.");
		assertThat(browser.findElement(By.id("consentToRecord-error")).getText())
				.isEqualTo("개인정보 수집·이용 안내와 상담 기록 동의를 받아야 기록할 수 있습니다.");
		assertThat(browser.findElement(By.id("ext0_agency")).getAttribute("value")).isEqualTo("공주고용복지플러스센터");
		assertThat(browser.findElement(By.id("topic-EMPLOYMENT")).isSelected()).isTrue();

		browser.findElement(By.id("consentToRecord")).sendKeys(Keys.SPACE);
		press(browser.findElement(By.cssSelector("#desk-form button[type=submit]")));
		BrowserSupport.waitForText(browser, "종합상담을 저장했습니다.");
		assertThat(text()).contains("고용·일자리", "공적급여 신청 → 복지행정팀", "공주고용복지플러스센터");

		// the follow-up check waits in the worker's queue
		browser.get(url("/work-queue"));
		BrowserSupport.waitForText(browser, "외부 의뢰 사후확인");
		assertThat(text()).contains("창구방문인");

		browser.get(url("/referrals"));
		BrowserSupport.waitForText(browser, "공주고용복지플러스센터");
		press(browser.findElement(By.linkText("공주고용복지플러스센터")));
		BrowserSupport.waitForText(browser, "사후확인 기록");
		new Select(browser.findElement(By.id("method"))).selectByVisibleText("전화");
		new Select(browser.findElement(By.id("outcome"))).selectByVisibleText("서비스 이용 중");
		browser.findElement(By.id("note")).sendKeys("센터 첫 상담을 받고 구직 중");
		press(browser.findElement(By.cssSelector("#check-form button[type=submit]")));
		BrowserSupport.waitForText(browser, "사후확인을 저장했습니다.");
		assertThat(browser.findElement(By.id("referral-status")).getText()).contains("확인 완료");
		assertThat(browser.findElement(By.id("referral-check")).getText()).contains("서비스 이용 중", "센터 첫 상담을 받고 구직 중");
	}
}
