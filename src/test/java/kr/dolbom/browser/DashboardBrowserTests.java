package kr.dolbom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import kr.dolbom.support.BrowserSupport;
import kr.dolbom.support.BrowserTest;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * Issue 5 dashboards in a real browser: the team lead's (with the team's queue loaded into it) and
 * the 시군구's, drilled down to an office. The demo data has cases in every stage and an overdue
 * assessment of demo.worker.
 */
@DolbomIntegrationTest
class DashboardBrowserTests extends BrowserTest {

	private void screenshot(String name) throws Exception {
		var dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	@Test
	void theTeamLeadSeesTheTeamsOverdueWorkAndItsQueue() throws Exception {
		logIn("demo.lead");
		browser.findElement(By.linkText("현황판")).click();
		BrowserSupport.waitForText(browser, "기한 초과 (단계별 · 담당자별)");
		assertThat(browser.getCurrentUrl()).endsWith("/dashboards/team");
		assertThat(browser.findElements(By.cssSelector("#chart-states .state-bar"))).hasSize(6);
		var workers = browser.findElement(By.id("overdue-by-worker")).getText();
		assertThat(workers).contains("이지은", "욕구·위기도 조사");
		// the queue panel is loaded by htmx from the work queue
		var queue = BrowserSupport.waitFor(browser, By.cssSelector("#team-queue #queue"));
		assertThat(queue.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
		assertThat(queue.findElement(By.cssSelector("tbody tr")).getAttribute("class")).contains("table-danger");
		screenshot("dashboard-team");
	}

	@Test
	void theDistrictDrillsDownFromItsOfficesToOne() throws Exception {
		logIn("demo.district");
		browser.get(url("/dashboards"));
		BrowserSupport.waitForText(browser, "공주시 현황판");
		assertThat(browser.findElements(By.cssSelector("#chart-compliance .compliance-bar"))).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector("#unit-rows tr[data-unit='4415057000']")).getText())
				.startsWith("신관동");
		screenshot("dashboard-district");
		browser.findElement(By.linkText("최근 90일")).click();
		BrowserSupport.waitForText(browser, "신규 (90일)");
		browser.findElement(By.cssSelector("#unit-rows tr[data-unit='4415057000'] th")).getText();
		assertThat(browser.findElements(By.cssSelector("#unit-rows tr[data-unit='4415057000'] a")))
				.as("an office is the end of the drill-down").isEmpty();
	}
}
