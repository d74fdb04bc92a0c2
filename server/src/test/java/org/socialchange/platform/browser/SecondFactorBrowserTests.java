package org.socialchange.platform.browser;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator in a real browser: signing in with the password leads to enrolling a
 * second factor (the QR code and its key on the page), the first code turns it on and
 * shows the recovery codes once; after signing out, the password alone no longer opens
 * the admin web, the password and a code from the authenticator app do.
 */
@PlatformTest
class SecondFactorBrowserTests {

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	CoordinatorManagement coordinators;

	@Autowired
	PasswordEncoder passwords;

	@BeforeAll
	static void startBrowser() {
		browser = HeadlessChromium.start("1280,1600");
	}

	@AfterAll
	static void stopBrowser() {
		browser.quit();
	}

	@Test
	void anAdministratorEnrolsASecondFactorAndSignsInWithACode() throws Exception {
		String email = "second-factor-" + System.nanoTime() + "@example.org";
		String password = "administrator passphrase 7";
		this.coordinators.create(email, this.passwords.encode(password), CoordinatorRole.ADMINISTRATOR, false);
		try {
			journey(email, password);
		}
		catch (RuntimeException | AssertionError ex) {
			HeadlessChromium.screenshot(browser, "second-factor-failure");
			throw ex;
		}
	}

	private void journey(String email, String password) throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn(wait, email, password);
		wait.until(ExpectedConditions.urlContains("/account/two-factor"));
		assertThat(browser.findElement(By.id("qr-code")).getAttribute("src")).startsWith("data:image/png;base64,");
		String secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
		HeadlessChromium.screenshot(browser, "second-factor-enrol");

		browser.get(url("/broadcasts"));
		wait.until(ExpectedConditions.urlContains("/account/two-factor"));

		browser.findElement(By.id("code")).sendKeys(code(secret, 0));
		browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
		assertThat(browser.findElements(By.cssSelector("#recovery-codes code"))).hasSize(10);
		HeadlessChromium.screenshot(browser, "second-factor-recovery-codes");

		browser.get(url("/"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("educators")));
		browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		wait.until(ExpectedConditions.urlContains("/login"));

		signIn(wait, email, password);
		wait.until(ExpectedConditions.urlContains("/login/code"));
		browser.get(url("/"));
		wait.until(ExpectedConditions.urlContains("/login/code"));
		browser.findElement(By.id("code")).sendKeys("000000");
		browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.error")));

		browser.findElement(By.id("code")).sendKeys(code(secret, 1));
		browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("educators")));
		HeadlessChromium.screenshot(browser, "second-factor-signed-in");
	}

	private void signIn(WebDriverWait wait, String email, String password) {
		browser.get(url("/login"));
		wait.until(ExpectedConditions.elementToBeClickable(By.name("email"))).sendKeys(email);
		browser.findElement(By.name("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
	}

	/** What the authenticator app shows, {@code ahead} time steps from now. */
	private static String code(String secret, int ahead) throws Exception {
		long step = Instant.now().getEpochSecond() / 30 + ahead;
		return new DefaultCodeGenerator().generate(secret, step);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
