package org.socialchange.platform.browser;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
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
 * Two-step sign-in in a real browser. An administrator: signing in with the password
 * leads to enrolling a second factor (the QR code and its key on the page), the first
 * code turns it on and shows the recovery codes once; after signing out, the password
 * alone no longer opens the admin web, the password and a code from the authenticator app
 * do. A coordinator invited by an administrator's one-time link sets a password, enrols,
 * and signs in with a code.
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

	@Test
	void anInvitedCoordinatorSetsAPasswordEnrolsASecondFactorAndSignsInWithACode() throws Exception {
		String admin = "inviting-admin-" + System.nanoTime() + "@example.org";
		String adminSecret = new DefaultSecretGenerator().generate();
		this.coordinators.create(admin, this.passwords.encode("administrator passphrase 8"),
				CoordinatorRole.ADMINISTRATOR, false);
		this.coordinators.enableSecondFactor(admin, adminSecret, List.of());
		try {
			invitationJourney(admin, adminSecret);
		}
		catch (RuntimeException | AssertionError ex) {
			HeadlessChromium.screenshot(browser, "invitation-failure");
			throw ex;
		}
	}

	private void invitationJourney(String admin, String adminSecret) throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		signIn(wait, admin, "administrator passphrase 8");
		wait.until(ExpectedConditions.urlContains("/login/code"));
		browser.findElement(By.id("code")).sendKeys(code(adminSecret, 0));
		browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("educators")));

		String invitee = "invitee-" + System.nanoTime() + "@example.org";
		browser.get(url("/coordinators/invite"));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("email"))).sendKeys(invitee);
		browser.findElement(By.cssSelector("input[name=role][value=COORDINATOR]")).click();
		browser.findElement(By.cssSelector("input[name=countries][value=GE]")).click();
		browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
		String link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invitation-link"))).getText();
		HeadlessChromium.screenshot(browser, "invitation-link");
		browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		wait.until(ExpectedConditions.urlContains("/login"));

		browser.get(link.startsWith("http") ? link : url(link));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("password"))).sendKeys("invited coordinator 2026");
		browser.findElement(By.id("repeat")).sendKeys("invited coordinator 2026");
		browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
		signIn(wait, invitee, "invited coordinator 2026");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("educators")));
		assertThat(this.coordinators.find(invitee))
			.hasValueSatisfying((account) -> assertThat(account.role()).isEqualTo(CoordinatorRole.COORDINATOR));

		browser.get(url("/account/two-factor"));
		String secret = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("secret")))
			.getText()
			.replace(" ", "");
		browser.findElement(By.id("code")).sendKeys(code(secret, 0));
		browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
		browser.get(url("/"));
		browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		wait.until(ExpectedConditions.urlContains("/login"));

		signIn(wait, invitee, "invited coordinator 2026");
		wait.until(ExpectedConditions.urlContains("/login/code"));
		browser.findElement(By.id("code")).sendKeys(code(secret, 1));
		browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("educators")));
		HeadlessChromium.screenshot(browser, "invited-coordinator-signed-in-with-a-code");
	}

	/** Signs in afresh: whoever this browser was signed in as before is forgotten. */
	private void signIn(WebDriverWait wait, String email, String password) {
		browser.get(url("/login"));
		browser.manage().deleteAllCookies();
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
