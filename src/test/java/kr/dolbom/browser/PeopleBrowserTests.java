package kr.dolbom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import kr.dolbom.support.BrowserSupport;
import kr.dolbom.support.BrowserTest;
import kr.dolbom.support.DolbomIntegrationTest;

/** Issue 3: create a household with two members, find it by name, open it. */
@DolbomIntegrationTest
class PeopleBrowserTests extends BrowserTest {

	@Test
	void aWorkerCreatesAHouseholdWithTwoMembersFindsItByNameAndOpensIt() {
		logIn("demo.worker");
		browser.findElement(By.linkText("대상자")).click();
		browser.findElement(By.linkText("새 대상자 등록")).click();

		browser.findElement(By.id("name")).sendKeys("송하늘");
		browser.findElement(By.id("rrn")).sendKeys("850612-2345671");
		browser.findElement(By.id("addressLine")).sendKeys("충청남도 공주시 신관동 브라우저로 7");
		new Select(browser.findElement(By.id("incomeClass"))).selectByVisibleText("차상위");
		browser.findElement(By.id("phone")).sendKeys("010-1111-2222");
		browser.findElement(By.cssSelector("form button[type=submit].btn-primary")).click();
		BrowserSupport.waitForText(browser, "대상자를 등록했습니다.");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("송하늘", "850612-2******");
		assertThat(browser.getPageSource()).doesNotContain("2345671");

		browser.findElement(By.linkText("가구 보기")).click();
		browser.findElement(By.linkText("가구원 추가")).click();
		browser.findElement(By.id("name")).sendKeys("송바다");
		browser.findElement(By.id("rrn")).sendKeys("1508273456789");
		new Select(browser.findElement(By.id("relationship"))).selectByVisibleText("자녀");
		browser.findElement(By.cssSelector("form button[type=submit].btn-primary")).click();
		BrowserSupport.waitForText(browser, "대상자를 등록했습니다.");

		browser.findElement(By.linkText("대상자")).click();
		var name = browser.findElement(By.id("name"));
		name.sendKeys("송하");
		name.sendKeys(Keys.ENTER);
		BrowserSupport.waitForText(browser, "검색 결과");
		browser.findElement(By.linkText("송하늘"));
		browser.findElement(By.xpath("//tr[td/a[text()='송하늘']]//a[text()='가구 보기']")).click();

		BrowserSupport.waitForText(browser, "가구원");
		var members = browser.findElement(By.tagName("table")).getText();
		assertThat(members).contains("송하늘", "가구주", "송바다", "자녀");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("브라우저로 7");
	}

	@Test
	void aWrongNumberIsExplainedBesideTheField() {
		logIn("demo.worker");
		browser.get(url("/people/new"));
		browser.findElement(By.id("name")).sendKeys("번호오류");
		browser.findElement(By.id("rrn")).sendKeys("9013011234567");
		browser.findElement(By.id("addressLine")).sendKeys("신관동");
		browser.findElement(By.cssSelector("form button[type=submit].btn-primary")).click();
		BrowserSupport.waitForText(browser, "입력 내용을 확인하세요.");
		assertThat(browser.findElement(By.id("rrn-error")).getText()).contains("생년월일");
	}
}
