package org.socialchange.platform.browser;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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
 * Two-step sign-in in a real chromium.driver(). An administrator: signing in with the
 * password leads to enrolling a second factor (the QR code and its key on the page), the
 * first code turns it on and shows the recovery codes once; after signing out, the
 * password alone no longer opens the admin web, the password and a code from the
 * authenticator app do. A coordinator invited by an administrator's one-time link sets a
 * password, enrols, and signs in with a code.
 */
@PlatformTest
class SecondFactorBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession("1280,1600", "second-factor");

	@LocalServerPort
	int port;

	@Autowired
	CoordinatorManagement coordinators;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void anAdministratorEnrolsASecondFactorAndSignsInWithACode() throws Exception {
		String email = "second-factor-" + System.nanoTime() + "@example.org";
		String password = "administrator passphrase 7";
		this.coordinators.create(email, this.passwords.encode(password), CoordinatorRole.ADMINISTRATOR, false);
		journey(email, password);
	}

	private void journey(String email, String password) throws Exception {
		WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(30));
		signIn(wait, email, password);
		wait.until(ExpectedConditions.urlContains("/account/two-factor"));
		assertThat(chromium.driver().findElement(By.id("qr-code")).getAttribute("src"))
			.startsWith("data:image/png;base64,");
		String secret = chromium.driver().findElement(By.id("secret")).getText().replace(" ", "");
		HeadlessChromium.screenshot(chromium.driver(), "second-factor-enrol");

		chromium.driver().get(url("/broadcasts"));
		wait.until(ExpectedConditions.urlContains("/account/two-factor"));

		chromium.driver().findElement(By.id("code")).sendKeys(code(secret, 0));
		chromium.driver().findElement(By.cssSelector("form.card button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
		assertThat(chromium.driver().findElements(By.cssSelector("#recovery-codes code"))).hasSize(10);
		HeadlessChromium.screenshot(chromium.driver(), "second-factor-recovery-codes");

		chromium.driver().get(url("/"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("educators")));
		chromium.driver().findElement(By.cssSelector("form[action$='/logout'] button")).click();
		wait.until(ExpectedConditions.urlContains("/login"));

		signIn(wait, email, password);
		wait.until(ExpectedConditions.urlContains("/login/code"));
		chromium.driver().get(url("/"));
		wait.until(ExpectedConditions.urlContains("/login/code"));
		chromium.driver().findElement(By.id("code")).sendKeys("000000");
		chromium.driver().findElement(By.cssSelector("form.card button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.error")));

		chromium.driver().findElement(By.id("code")).sendKeys(code(secret, 1));
		chromium.driver().findElement(By.cssSelector("form.card button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("educators")));
		HeadlessChromium.screenshot(chromium.driver(), "second-factor-signed-in");
	}

	@Test
	void anInvitedCoordinatorSetsAPasswordEnrolsASecondFactorAndSignsInWithACode() throws Exception {
		String admin = "inviting-admin-" + System.nanoTime() + "@example.org";
		String adminSecret = new DefaultSecretGenerator().generate();
		this.coordinators.create(admin, this.passwords.encode("administrator passphrase 8"),
				CoordinatorRole.ADMINISTRATOR, false);
		this.coordinators.enableSecondFactor(admin, adminSecret, List.of());
		invitationJourney(admin, adminSecret);
	}

	private void invitationJourney(String admin, String adminSecret) throws Exception {
		WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(30));
		signIn(wait, admin, "administrator passphrase 8");
		wait.until(ExpectedConditions.urlContains("/login/code"));
		chromium.driver().findElement(By.id("code")).sendKeys(code(adminSecret, 0));
		chromium.driver().findElement(By.cssSelector("form.card button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("educators")));

		String invitee = "invitee-" + System.nanoTime() + "@example.org";
		chromium.driver().get(url("/coordinators/invite"));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("email"))).sendKeys(invitee);
		chromium.driver().findElement(By.cssSelector("input[name=role][value=COORDINATOR]")).click();
		chromium.driver().findElement(By.cssSelector("input[name=countries][value=GE]")).click();
		chromium.driver().findElement(By.cssSelector("form.card button[type=submit]")).click();
		String link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invitation-link"))).getText();
		HeadlessChromium.screenshot(chromium.driver(), "invitation-link");
		chromium.driver().findElement(By.cssSelector("form[action$='/logout'] button")).click();
		wait.until(ExpectedConditions.urlContains("/login"));

		chromium.driver().get(link.startsWith("http") ? link : url(link));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("password"))).sendKeys("invited coordinator 2026");
		chromium.driver().findElement(By.id("repeat")).sendKeys("invited coordinator 2026");
		chromium.driver().findElement(By.cssSelector("form.card button[type=submit]")).click();
		signIn(wait, invitee, "invited coordinator 2026");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("educators")));
		assertThat(this.coordinators.find(invitee))
			.hasValueSatisfying((account) -> assertThat(account.role()).isEqualTo(CoordinatorRole.COORDINATOR));

		chromium.driver().get(url("/account/two-factor"));
		String secret = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("secret")))
			.getText()
			.replace(" ", "");
		chromium.driver().findElement(By.id("code")).sendKeys(code(secret, 0));
		chromium.driver().findElement(By.cssSelector("form.card button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
		chromium.driver().get(url("/"));
		chromium.driver().findElement(By.cssSelector("form[action$='/logout'] button")).click();
		wait.until(ExpectedConditions.urlContains("/login"));

		signIn(wait, invitee, "invited coordinator 2026");
		wait.until(ExpectedConditions.urlContains("/login/code"));
		chromium.driver().findElement(By.id("code")).sendKeys(code(secret, 1));
		chromium.driver().findElement(By.cssSelector("form.card button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("educators")));
		HeadlessChromium.screenshot(chromium.driver(), "invited-coordinator-signed-in-with-a-code");
	}

	/** Signs in afresh: whoever this browser was signed in as before is forgotten. */
	private void signIn(WebDriverWait wait, String email, String password) {
		chromium.driver().get(url("/login"));
		chromium.driver().manage().deleteAllCookies();
		chromium.driver().get(url("/login"));
		wait.until(ExpectedConditions.elementToBeClickable(By.name("email"))).sendKeys(email);
		chromium.driver().findElement(By.name("password")).sendKeys(password);
		chromium.driver().findElement(By.cssSelector("form button[type=submit]")).click();
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
