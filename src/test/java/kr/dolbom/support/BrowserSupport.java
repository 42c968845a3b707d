package kr.dolbom.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its ChromeDriver (no download: .ci/run installs both). The
 * paths can be overridden with CHROME_BIN and CHROMEDRIVER.
 */
public final class BrowserSupport {

	private BrowserSupport() {
	}

	public static WebDriver startChromium() throws Exception {
		var binary = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
		var driverPath = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
		var options = new ChromeOptions();
		options.setBinary(binary);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=ko-KR",
				"--user-data-dir=" + Files.createTempDirectory("dolbom-chromium"));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driverPath).toFile())
				.usingAnyFreePort().build();
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return driver;
	}

	public static WebElement waitFor(WebDriver driver, By by) {
		return waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public static void waitForText(WebDriver driver, String text) {
		try {
			waiting(driver).until(d -> d.findElement(By.tagName("body")).getText().contains(text));
		}
		catch (TimeoutException e) {
			// say what the page showed instead: usually a Korean error message that explains the failure
			throw new AssertionError("expected \"" + text + "\" on " + driver.getCurrentUrl() + " but the page shows:\n"
					+ driver.findElement(By.tagName("body")).getText(), e);
		}
	}

	/** Clicks like a user who scrolled to the element first (long forms reach below the window). */
	public static void click(WebDriver driver, WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		try {
			element.click();
		}
		catch (ElementClickInterceptedException e) {
			// headless Chromium sometimes reports a stale layout position for elements far down a long form
			((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
		}
	}

	/** Pages are replaced while we look at them: a stale element just means "look again". */
	private static WebDriverWait waiting(WebDriver driver) {
		var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}
}
