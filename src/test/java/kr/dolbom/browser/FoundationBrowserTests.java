package kr.dolbom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import kr.dolbom.support.BrowserSupport;
import kr.dolbom.support.BrowserTest;
import kr.dolbom.support.DolbomIntegrationTest;

/** The main paths of the foundation pages in a real browser, driven by the keyboard where a user would. */
@DolbomIntegrationTest
class FoundationBrowserTests extends BrowserTest {

	private void logInWithKeyboard(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		var field = BrowserSupport.waitFor(browser, By.id("username"));
		field.sendKeys(username);
		field.sendKeys(Keys.TAB);
		browser.switchTo().activeElement().sendKeys("Demo-2026!", Keys.ENTER);
	}

	@Test
	void aSocialWorkerLogsInAndSeesTheirHomePage() {
		logInWithKeyboard("demo.worker");
		BrowserSupport.waitForText(browser, "이지은님, 안녕하세요.");
		var body = browser.findElement(By.tagName("body")).getText();
		assertThat(body).contains("사회복지 담당", "충청남도 공주시 신관동", "신관동 찾아가는 보건복지팀");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");

		// the skip link is the first thing the keyboard reaches and it leads to the main content
		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		var skip = browser.switchTo().activeElement();
		assertThat(skip.getText()).isEqualTo("본문 바로가기");

		browser.findElement(By.linkText("조직")).click();
		BrowserSupport.waitForText(browser, "하위 조직");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("충청남도 공주시 신관동");

		browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		BrowserSupport.waitForText(browser, "로그아웃되었습니다.");
	}

	@Test
	void theAdministratorCreatesAUserAndLocksIt() {
		logInWithKeyboard("demo.admin");
		BrowserSupport.waitForText(browser, "관리자님, 안녕하세요.");
		browser.findElement(By.linkText("사용자 관리")).click();
		browser.findElement(By.linkText("새 사용자")).click();

		browser.findElement(By.id("username")).sendKeys("browser.worker");
		browser.findElement(By.id("name")).sendKeys("브라우저");
		new Select(browser.findElement(By.id("role"))).selectByVisibleText("사회복지 담당");
		browser.findElement(By.id("orgUnitCode")).sendKeys("4415059000");
		browser.findElement(By.cssSelector("button[type=submit].btn-primary")).click();

		BrowserSupport.waitForText(browser, "사용자를 만들었습니다");
		assertThat(browser.findElement(By.id("temporary-password")).getText()).hasSize(12);

		browser.findElement(By.xpath("//button[text()='잠금']")).click();
		BrowserSupport.waitForText(browser, "계정을 잠갔습니다.");
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("잠김");
	}

	@Test
	void aFormErrorIsShownInKoreanBesideItsField() {
		logInWithKeyboard("demo.admin");
		BrowserSupport.waitForText(browser, "안녕하세요");
		browser.get(url("/admin/users/new"));
		browser.findElement(By.id("username")).sendKeys("Bad Name");
		browser.findElement(By.cssSelector("button[type=submit].btn-primary")).click();
		BrowserSupport.waitForText(browser, "입력 내용을 확인하세요.");
		assertThat(browser.findElement(By.id("username-error")).getText()).contains("영문 소문자");
		assertThat(browser.findElement(By.id("username")).getAttribute("aria-invalid")).isEqualTo("true");
	}

	@Test
	void theAdministratorChecksTheAccessLogChain() {
		logInWithKeyboard("demo.admin");
		BrowserSupport.waitForText(browser, "안녕하세요");
		browser.findElement(By.linkText("개인정보 접속기록")).click();
		browser.findElement(By.xpath("//button[text()='무결성 검증']")).click();
		BrowserSupport.waitForText(browser, "해시 체인이 온전합니다");
	}
}
