package kr.dolbom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.deadline.DeadlineFixtures;
import kr.dolbom.deadline.WorkingDays;
import kr.dolbom.support.Api;
import kr.dolbom.support.BrowserSupport;
import kr.dolbom.support.BrowserTest;
import kr.dolbom.support.DolbomIntegrationTest;

/** The main paths of the deadline pages in a real browser. */
@DolbomIntegrationTest
class DeadlineBrowserTests extends BrowserTest {

	@Autowired
	Api api;

	@Autowired
	Clock clock;

	@Autowired
	WorkingDays workingDays;

	/** Date inputs take their value as the browser's locale shows it; set the ISO value as a date picker would. */
	private void setDate(WebElement input, LocalDate day) {
		((JavascriptExecutor) browser).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))", input, day.toString());
	}

	/** Activates a link or button with the keyboard (KWCAG: everything usable without a mouse). */
	private static void click(WebElement element) {
		element.sendKeys(Keys.ENTER);
	}

	private String text() {
		return browser.findElement(By.tagName("body")).getText();
	}

	@Test
	void theDistrictSupportGroupAddsAClosureDayForItsDistrict() {
		var wednesday = DeadlineFixtures.quietWednesday(workingDays, LocalDate.now(clock), "4415057000");
		logIn("demo.district");
		browser.findElement(By.cssSelector("nav a[href='/calendar']")).click();
		BrowserSupport.waitForText(browser, "근무일 달력");
		var year = browser.findElement(By.id("year"));
		year.clear();
		year.sendKeys(String.valueOf(wednesday.getYear()), Keys.ENTER);
		BrowserSupport.waitForText(browser, "공휴일 (" + wednesday.getYear() + "년)");

		// a Saturday is refused with the Korean message beside the field
		browser.findElement(By.id("orgUnitCode")).sendKeys("4415000000");
		setDate(browser.findElement(By.id("day")), wednesday.plusDays(3));
		browser.findElement(By.id("name")).sendKeys("시청 전산 이전");
		click(browser.findElement(By.cssSelector("#closure-form button[type=submit]")));
		BrowserSupport.waitForText(browser, "입력 내용을 확인하세요.");
		assertThat(browser.findElement(By.id("day-error")).getText()).isEqualTo("토요일과 일요일은 이미 쉬는 날입니다.");
		assertThat(browser.findElement(By.id("day")).getAttribute("aria-invalid")).isEqualTo("true");

		// the form keeps what was typed; a Wednesday is accepted
		assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("시청 전산 이전");
		setDate(browser.findElement(By.id("day")), wednesday);
		click(browser.findElement(By.cssSelector("#closure-form button[type=submit]")));
		BrowserSupport.waitForText(browser, "휴무일을 추가했습니다.");
		var row = browser.findElement(By.cssSelector("#closures tbody tr"));
		assertThat(row.getText()).contains(wednesday.toString(), "충청남도 공주시", "시청 전산 이전", "demo.district");

		// and removes it again after confirming
		click(row.findElement(By.cssSelector("button")));
		browser.switchTo().alert().accept();
		BrowserSupport.waitForText(browser, "휴무일을 삭제했습니다.");
		assertThat(browser.findElements(By.id("closures-empty"))).hasSize(1);
	}

	@Test
	void theAdministratorSchedulesANewVersionOfARule() {
		var tomorrow = LocalDate.now(clock).plusDays(1);
		logIn("demo.admin");
		try {
			browser.findElement(By.cssSelector("nav a[href='/admin/deadline-rules']")).click();
			BrowserSupport.waitForText(browser, "단계마다 기한을 어떻게 계산하는지");
			click(browser.findElement(By.cssSelector("tr[data-rule='SELF_MANAGED_CONTACT/STANDARD'] a")));
			BrowserSupport.waitForText(browser, "변경 이력");
			assertThat(browser.findElement(By.id("current-rule")).getText()).isEqualTo("마지막 상담 후 3개월");

			var amount = browser.findElement(By.id("amount"));
			amount.clear();
			amount.sendKeys("2");
			new Select(browser.findElement(By.id("unit"))).selectByVisibleText("개월");
			setDate(browser.findElement(By.id("effectiveFrom")), tomorrow);
			browser.findElement(By.id("note")).sendKeys("자체관리대상자 상담 주기 단축 (시범)");
			click(browser.findElement(By.cssSelector("#rule-form button[type=submit]")));

			BrowserSupport.waitForText(browser, "새 버전을 저장했습니다.");
			var newest = browser.findElement(By.cssSelector("#versions tbody tr"));
			assertThat(newest.getText()).contains("마지막 상담 후 2개월", tomorrow.toString(), "자체관리대상자 상담 주기 단축 (시범)",
					"demo.admin");
			// in force from tomorrow: today's rule is unchanged
			assertThat(browser.findElement(By.id("current-rule")).getText()).isEqualTo("마지막 상담 후 3개월");
		}
		finally {
			// leave the shared rule as it was: the default again from tomorrow, as the newest version
			var latest = api.as("demo.admin").get("/api/v1/deadline-rules/SELF_MANAGED_CONTACT/STANDARD").json()
					.get("rule").get("latestVersion").asInt();
			Map<String, Object> body = new HashMap<>(Map.of("amount", 3, "unit", "MONTHS", "effectiveFrom",
					tomorrow.toString(), "note", "시험 후 기본값 복원", "basedOnVersion", latest));
			assertThat(api.as("demo.admin").post("/api/v1/deadline-rules/SELF_MANAGED_CONTACT/STANDARD/versions", body)
					.status()).isEqualTo(201);
		}
	}

	@Test
	void aWorkerSeesTheOverdueItemAtTheTopOfTheQueue() {
		var fixtures = new DeadlineFixtures(api);
		var me = fixtures.userId("demo.worker");
		fixtures.openCaseDeadline("ASSESSMENT", "REQUEST", LocalDate.now(clock), Map.of("assigneeId", me));
		var overdue = fixtures.openCaseDeadline("SELECTION", "ASSESSMENT", LocalDate.of(2026, 9, 1),
				Map.of("assigneeId", me));

		logIn("demo.worker");
		var queueLink = browser.findElement(By.cssSelector("nav a[href='/work-queue']"));
		assertThat(queueLink.findElement(By.cssSelector(".nav-badge")).getText()).isNotBlank();
		queueLink.click();
		BrowserSupport.waitForText(browser, "기한이 지난 일이 맨 위에 있고");
		var first = browser.findElement(By.cssSelector("#queue tbody tr"));
		assertThat(first.getAttribute("class")).contains("table-danger");
		assertThat(first.getText()).contains("기한 초과");
		var rows = browser.findElements(By.cssSelector("#queue tbody tr"));
		var overdueRow = rows.stream()
				.filter(r -> overdue.get("id").asString().equals(r.getAttribute("data-deadline-id"))).findFirst().orElseThrow();
		assertThat(overdueRow.getText()).contains("대상자 구분·선정", "2026-09-08", "사례회의에서 대상자를 구분·선정하세요");
		assertThat(overdueRow.findElement(By.cssSelector("a")).getAttribute("href"))
				.endsWith("/cases/" + overdue.get("subjectId").asString());
		// every overdue row comes before the first row that is not overdue
		boolean seenOnTime = false;
		for (var row : rows) {
			boolean isOverdue = row.getAttribute("class").contains("table-danger");
			assertThat(isOverdue && seenOnTime).as("overdue row after an on-time row").isFalse();
			seenOnTime |= !isOverdue;
		}
	}
}
