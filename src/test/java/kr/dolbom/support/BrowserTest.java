package kr.dolbom.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The base of the real-browser tests (*BrowserTests, {@code -Pbrowser}): one headless Chromium per
 * test class against the test server, and signing in through the login form as a user would.
 */
public abstract class BrowserTest {

	protected static WebDriver browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = BrowserSupport.startChromium();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Signs in with the demo password and waits for the home page. */
	protected void logIn(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		BrowserSupport.waitFor(browser, By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("Demo-2026!", Keys.ENTER);
		BrowserSupport.waitForText(browser, "안녕하세요");
	}
}
