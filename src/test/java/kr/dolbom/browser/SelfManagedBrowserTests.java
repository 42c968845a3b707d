package kr.dolbom.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import kr.dolbom.discovery.internal.SelfManagedSpreadsheet;
import kr.dolbom.support.Api;
import kr.dolbom.support.BrowserSupport;
import kr.dolbom.support.BrowserTest;
import kr.dolbom.support.DolbomIntegrationTest;

/**
 * Issue 7: a worker uploads a self-managed-target Excel file with an error row, fixes the row in the
 * page, validates again and registers; then changes a target and releases it.
 */
@DolbomIntegrationTest
class SelfManagedBrowserTests extends BrowserTest {

	@Autowired
	Api api;

	private Map<String, String> resident(String name) {
		var random = ThreadLocalRandom.current();
		var rrn = String.format("3609%02d", 1 + random.nextInt(28)) + (1 + random.nextInt(2))
				+ String.format("%06d", random.nextInt(1_000_000));
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("rrn", rrn);
		body.put("address", Map.of("orgUnitCode", "4415057000", "line", "충청남도 공주시 신관동 엑셀로 " + rrn.substring(8)));
		body.put("confirmNotDuplicate", true);
		var created = api.as("demo.worker").post("/api/v1/persons", body);
		assertThat(created.status()).as(created.body()).isIn(200, 201);
		return Map.of("name", name, "rrn", rrn);
	}

	private Path file(Map<String, String> good, Map<String, String> bad) throws Exception {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(new SelfManagedSpreadsheet().template()))) {
			var sheet = workbook.getSheetAt(0);
			var first = sheet.createRow(1);
			first.createCell(0).setCellValue(good.get("name"));
			first.createCell(1).setCellValue(good.get("rrn"));
			first.createCell(2).setCellValue("홀로 사는 어르신");
			first.createCell(3).setCellValue("1");
			var second = sheet.createRow(2); // no reason: the error row
			second.createCell(0).setCellValue(bad.get("name"));
			second.createCell(1).setCellValue(bad.get("rrn"));
			second.createCell(3).setCellValue("2");
			var path = Files.createTempFile("self-managed-", ".xlsx");
			try (var out = Files.newOutputStream(path)) {
				workbook.write(out);
			}
			path.toFile().deleteOnExit();
			return path;
		}
	}

	@Test
	void aWorkerUploadsAFileWithAnErrorRowFixesItAndRegisters() throws Exception {
		var good = resident("금옥분");
		var bad = resident("천말례");
		var path = file(good, bad);

		logIn("demo.worker");
		browser.findElement(By.linkText("자체관리대상자")).click();
		browser.findElement(By.id("upload-self-managed")).click();
		BrowserSupport.waitFor(browser, By.id("download-template"));
		browser.findElement(By.id("file")).sendKeys(path.toString());
		browser.findElement(By.id("upload")).click();

		BrowserSupport.waitForText(browser, "3행 등록사유: 필수 항목입니다.");
		var summary = browser.findElement(By.id("upload-summary"));
		assertThat(summary.getAttribute("role")).isEqualTo("alert");
		assertThat(browser.findElement(By.id("register-all")).isEnabled()).isFalse();
		var reason = browser.findElement(By.id("row-1-reason"));
		assertThat(reason.getAttribute("aria-invalid")).isEqualTo("true");
		// the valid row shows the number masked (it goes back to the server in a hidden field)
		assertThat(browser.findElement(By.id("upload-rows")).getText()).doesNotContain(good.get("rrn"))
				.contains(good.get("rrn").substring(0, 6) + "-" + good.get("rrn").charAt(6) + "******");

		// correct the failing row in the page (keyboard only) and validate again
		reason.sendKeys("건강보험료 6개월 체납");
		reason.sendKeys(Keys.ENTER); // the form's first submit button: "다시 검증"
		BrowserSupport.waitForText(browser, "2명 모두 정상입니다");
		BrowserSupport.click(browser, browser.findElement(By.id("register-all")));
		BrowserSupport.waitForText(browser, "2명을 자체관리대상자로 등록했습니다.");
		var list = browser.findElement(By.id("self-managed-list")).getText();
		assertThat(list).contains(good.get("name"), bad.get("name"), "건강보험료 6개월 체납");

		// the target's page: change the visit count, then release with a reason
		browser.findElement(By.linkText(bad.get("name"))).click();
		BrowserSupport.waitFor(browser, By.id("edit-form"));
		var count = browser.findElement(By.id("visitCount"));
		count.clear();
		count.sendKeys("3");
		BrowserSupport.click(browser, browser.findElement(By.id("save")));
		BrowserSupport.waitForText(browser, "수정했습니다.");
		assertThat(browser.findElement(By.id("self-managed-history")).getText()).contains("방문횟수: 0 → 3");

		BrowserSupport.click(browser, browser.findElement(By.id("release")));
		BrowserSupport.waitForText(browser, "입력 내용을 확인하세요.");
		browser.findElement(By.id("releaseReason")).sendKeys("타 지역 전출");
		BrowserSupport.click(browser, browser.findElement(By.id("release")));
		BrowserSupport.waitForText(browser, "해제했습니다.");
		assertThat(browser.findElement(By.id("self-managed-history")).getText()).contains("해제사유: 타 지역 전출");
		assertThat(browser.findElement(By.id("self-managed-deadlines")).getText()).contains("취소");
	}
}
