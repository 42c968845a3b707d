package kr.dolbom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.discovery.DiscoveryFixtures;
import kr.dolbom.support.Api;
import kr.dolbom.support.BrowserSupport;
import kr.dolbom.support.BrowserTest;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;

/** The main paths of the discovery pages in a real browser, with the keyboard only. */
@DolbomIntegrationTest
class DiscoveryBrowserTests extends BrowserTest {

	@Autowired
	Api api;

	private String text() {
		return browser.findElement(By.tagName("body")).getText();
	}

	@Test
	void aWorkerRegistersATargetAsNeedingSupportAfterAPhoneCallAndContinuesIntoTheInitialConsultation() {
		var fixtures = new DiscoveryFixtures(api);
		var round = fixtures.distributedRound("POWER_CUT", Map.of(CaseFixtures.newRrn("570808", '2'), "전화확인"));
		var label = api.as("demo.admin").get("/api/v1/discovery/rounds/{id}", round).json().get("label").asString();

		logIn("demo.worker");
		browser.findElement(By.cssSelector("nav a[href='/discovery/targets']")).sendKeys(Keys.ENTER);
		BrowserSupport.waitForText(browser, "우리 읍면동에 분배된");
		new Select(browser.findElement(By.id("round"))).selectByVisibleText(label);
		browser.findElement(By.id("filter-button")).sendKeys(Keys.ENTER);
		BrowserSupport.waitForText(browser, "총 1건");
		browser.findElement(By.linkText("전화확인")).sendKeys(Keys.ENTER);
		BrowserSupport.waitForText(browser, "선정 사유");
		assertThat(browser.findElement(By.id("explanation")).getText()).contains("단전").contains("10");

		// the office calls the resident: needs support
		browser.findElement(By.id("contact-PHONE")).sendKeys(Keys.SPACE);
		browser.findElement(By.id("result-SUPPORT")).sendKeys(Keys.SPACE);
		browser.findElement(By.id("register-result")).sendKeys(Keys.ENTER);
		// not yet in the people register: the address is needed
		BrowserSupport.waitForText(browser, "주소(상세)를 입력해 주세요");
		browser.findElement(By.id("contact-PHONE")).sendKeys(Keys.SPACE);
		browser.findElement(By.id("result-SUPPORT")).sendKeys(Keys.SPACE);
		browser.findElement(By.id("addressLine")).sendKeys("신관로 56");
		browser.findElement(By.id("register-result")).sendKeys(Keys.ENTER);
		BrowserSupport.waitForText(browser, "처리 결과를 등록했습니다");
		assertThat(browser.findElement(By.id("target-status")).getText()).contains("처리대상자").contains("전화 상담");

		browser.findElement(By.id("continue-consultation")).sendKeys(Keys.ENTER);
		BrowserSupport.waitForText(browser, "상담 기록");
		assertThat(text()).contains("전화확인");
		assertThat(browser.getCurrentUrl()).contains("/consultations/new");
	}

	@Test
	void theOperatorCreatesARoundUploadsAFileScoresAndDistributes() throws Exception {
		logIn("demo.admin");
		browser.get(url("/discovery/rounds"));
		BrowserSupport.waitForText(browser, "발굴차수 관리");
		var label = DiscoveryFixtures.uniqueLabel();
		browser.findElement(By.id("label")).sendKeys(label);
		browser.findElement(By.id("selectionCount")).sendKeys("10", Keys.ENTER);
		BrowserSupport.waitForText(browser, "기관 자료 파일을 올리세요");

		var file = java.nio.file.Files.createTempFile("agency", ".csv");
		java.nio.file.Files.write(file, DiscoveryFixtures.encoded(DiscoveryFixtures.HEADER
				+ DiscoveryFixtures.row(CaseFixtures.newRrn("630303", '1'), "화면차수", "4415057000", 5L), "EUC-KR"));
		new Select(browser.findElement(By.id("indicator"))).selectByValue("GAS_CUT");
		new Select(browser.findElement(By.id("encoding"))).selectByValue("EUC-KR");
		browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser.findElement(By.cssSelector("#upload-form button")).sendKeys(Keys.ENTER);
		BrowserSupport.waitForText(browser, "파일을 받았습니다");
		assertThat(browser.findElement(By.id("round-files")).getText()).contains("GAS_CUT").contains("EUC-KR");

		browser.findElement(By.id("score-button")).sendKeys(Keys.ENTER);
		BrowserSupport.waitForText(browser, "점수를 산정하고");
		browser.findElement(By.id("distribute-button")).sendKeys(Keys.ENTER);
		BrowserSupport.waitForText(browser, "주소지 읍면동에 분배했습니다");
		assertThat(browser.findElement(By.id("round-state")).getText()).isEqualTo("분배 완료");
	}
}
