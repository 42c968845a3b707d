package kr.dolbom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.support.Api;
import kr.dolbom.support.BrowserSupport;
import kr.dolbom.support.BrowserTest;
import kr.dolbom.support.CaseFixtures;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * Issue 6 in a real browser: a worker registers a provider and a service, the resource manager
 * approves it, the worker finds it in search and links it to a person, and the provider side
 * accepts and completes the linkage, which the worker then sees.
 */
@DolbomIntegrationTest
class ResourceBrowserTests extends BrowserTest {

	@Autowired
	Api api;

	@Autowired
	CaseFixtures cases;

	@Test
	void aResourceIsRegisteredApprovedFoundLinkedToACaseAcceptedAndCompleted() {
		var suffix = Integer.toString(ThreadLocalRandom.current().nextInt(10000, 99999));
		var providerName = "브라우저 도시락 나눔터 " + suffix;
		var personName = "연계할머니";
		var client = cases.client(personName, "540101", '2');
		var personId = client.personId();
		var opened = api.as("demo.worker").post("/api/v1/cases", Map.of("personId", personId, "consultationId",
				client.consultationId(), "requestedOn", LocalDate.now().toString()));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		var caseId = opened.json().get("id").asString();
		assertThat(api.as("demo.lead").put("/api/v1/cases/{id}/assignee", Map.of("userId", cases.userId("demo.worker")),
				caseId).status()).isEqualTo(200);

		// a worker registers the provider and its service
		logIn("demo.worker");
		browser.findElement(By.linkText("복지자원")).click();
		browser.findElement(By.linkText("제공주체 등록")).click();
		browser.findElement(By.id("name")).sendKeys(providerName);
		browser.findElement(By.id("businessNumber")).sendKeys("3" + suffix + "1234");
		browser.findElement(By.id("phone")).sendKeys("041-77" + suffix.substring(0, 1) + "-" + suffix.substring(1));
		browser.findElement(By.id("address")).sendKeys("충청남도 공주시 신관동 브라우저로 " + suffix);
		browser.findElement(By.id("contactMobile")).sendKeys("010-2222-" + suffix.substring(1));
		browser.findElement(By.cssSelector("form button[type=submit].btn-primary")).click();
		BrowserSupport.waitForText(browser, "제공주체를 등록했습니다.");
		assertThat(browser.findElement(By.id("provider-status")).getText()).isEqualTo("승인대기");

		// the standard names are offered as a list while typing; Escape closes it
		browser.findElement(By.id("serviceName")).sendKeys("도시락 배달", Keys.ESCAPE);
		browser.findElement(By.id("capacity")).sendKeys("15");
		browser.findElement(By.id("serviceDescription")).sendKeys("평일 점심 도시락", Keys.ENTER);
		BrowserSupport.waitForText(browser, "서비스를 등록했습니다.");
		assertThat(browser.findElement(By.id("services")).isDisplayed()).isTrue();

		// the resource manager of 공주시 approves it from the approval inbox
		logIn("demo.resource");
		browser.findElement(By.linkText("자원 승인")).click();
		browser.findElement(By.linkText(providerName)).click();
		browser.findElement(By.id("approve")).click();
		BrowserSupport.waitForText(browser, "승인했습니다.");
		assertThat(browser.findElement(By.id("provider-status")).getText()).isEqualTo("승인");

		// the worker finds the resource in search, then links it to the person's case from the case page
		logIn("demo.worker");
		browser.get(url("/people/" + personId));
		browser.findElement(By.linkText("복지자원 연계")).click();
		BrowserSupport.waitForText(browser, "맞춤 복지자원");
		browser.findElement(By.linkText("전체 자원에서 찾기")).click();
		var q = BrowserSupport.waitFor(browser, By.id("q"));
		q.sendKeys(providerName);
		q.sendKeys(Keys.ENTER);
		BrowserSupport.waitForText(browser, "검색 결과");
		assertThat(browser.findElements(By.xpath("//li[.//a[text()='" + providerName + "']]"))).hasSize(1);

		browser.get(url("/cases/" + caseId));
		BrowserSupport.click(browser, browser.findElement(By.id("link-resource")));
		BrowserSupport.waitForText(browser, "맞춤 복지자원");
		BrowserSupport.click(browser, browser.findElement(By.xpath("//tr[td//a[text()='" + providerName
				+ "']]//a[contains(@class, 'btn') and contains(., '연계 요청')]")));
		BrowserSupport.waitForText(browser, "서비스 연계 요청");
		assertThat(browser.findElement(By.tagName("dl")).getText()).contains(personName, "도시락 배달", providerName,
				"이 사례의 서비스로 연계합니다");
		browser.findElement(By.id("note")).sendKeys("평일 점심 도시락이 필요합니다.");
		browser.findElement(By.id("request-linkage")).click();
		BrowserSupport.waitForText(browser, "연계를 요청했습니다.");
		assertThat(browser.findElement(By.id("linkage-status")).getText()).isEqualTo("요청");
		var linkagePath = browser.getCurrentUrl().substring(url("").length());

		// the provider side (the district's resource manager) accepts and completes it
		logIn("demo.resource");
		browser.findElement(By.linkText("서비스 연계")).click();
		BrowserSupport.waitForText(browser, "받은 연계 요청");
		browser.findElement(By.xpath("//tr[td[text()='" + providerName + "']]//a[text()='" + personName + "']")).click();
		browser.findElement(By.id("accept")).click();
		BrowserSupport.waitForText(browser, "연계를 수락했습니다.");
		assertThat(browser.findElement(By.id("linkage-status")).getText()).isEqualTo("수락");
		browser.findElement(By.id("complete")).click();
		BrowserSupport.waitForText(browser, "연계를 완료했습니다.");
		assertThat(browser.findElement(By.id("linkage-status")).getText()).isEqualTo("완료");

		// the requesting worker sees the closed loop
		logIn("demo.worker");
		browser.findElement(By.linkText("서비스 연계")).click();
		BrowserSupport.waitForText(browser, "요청한 연계");
		var row = browser.findElement(By.xpath("//tr[td[text()='" + providerName + "']]"));
		assertThat(row.getText()).contains(personName, "도시락 배달", "완료");
		browser.get(url(linkagePath));
		assertThat(browser.findElement(By.id("linkage-status")).getText()).isEqualTo("완료");

		// and the case lists the linked service with its state
		browser.get(url("/cases/" + caseId));
		assertThat(BrowserSupport.waitFor(browser, By.id("case-linkages")).getText()).contains("도시락 배달", providerName,
				"완료");
	}
}
