package org.socialchange.platform.browser;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.Registrations;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.educators.Admission;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator in headless Chromium creates a peer group with names in Armenian and
 * Russian, finds it in the list, makes its invite link; then approves an educator who
 * registered in the bot without an invite and waited in the queue. Screenshots go to
 * target/screenshots.
 */
@PlatformTest
class GroupsBrowserTests {

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	CoordinatorManagement coordinators;

	@Autowired
	EducatorManagement educators;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Messages messages;

	@Autowired
	AuditLog audit;

	@BeforeAll
	static void startBrowser() {
		browser = HeadlessChromium.start("1280,2400");
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aCoordinatorCreatesAGroupInTwoLanguagesAndApprovesAPendingEducator() throws IOException {
		try {
			journey();
		}
		catch (RuntimeException | AssertionError ex) {
			HeadlessChromium.screenshot(browser, "groups-failure");
			throw ex;
		}
	}

	private void journey() throws IOException {
		SandboxClient sandbox = new SandboxClient(this.port);
		long anahit = sandbox.createUser("Anahit", "hy");
		new Registrations(sandbox, this.messages).register(anahit, Language.HY, "AM", null);
		Educator pending = this.educators.find(TelegramUserId.of(anahit)).orElseThrow();
		assertThat(pending.admission()).isEqualTo(Admission.PENDING);

		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		BrowserAccounts.ensureCoordinator(this.coordinators, this.passwords);
		browser.get("http://127.0.0.1:" + this.port + "/groups/new");
		if (!browser.findElements(By.name("email")).isEmpty()) {
			browser.findElement(By.name("email")).sendKeys(BrowserAccounts.EMAIL);
			browser.findElement(By.name("password")).sendKeys(BrowserAccounts.PASSWORD);
			browser.findElement(By.cssSelector("form button[type=submit]")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("group-form")));
		}
		// the primary language's name is missing: the form comes back with the input kept
		new Select(browser.findElement(By.id("primaryLanguage"))).selectByValue("ru");
		browser.findElement(By.id("name-hy")).sendKeys("Գյումրիի ուսուցիչներ");
		browser.findElement(By.id("save-group")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("errors")));
		assertThat(browser.findElement(By.id("name-hy")).getAttribute("value")).isEqualTo("Գյումրիի ուսուցիչներ");

		browser.findElement(By.id("name-ru")).sendKeys("Учителя Гюмри");
		browser.findElement(By.id("description-ru")).sendKeys("Инклюзивные школы Ширака");
		browser.findElement(By.cssSelector("input[name=topics][value=INCLUSIVE_EDUCATION]")).click();
		browser.findElement(By.cssSelector("input[name=joinPolicy][value=APPROVAL]")).click();
		browser.findElement(By.id("capacity")).sendKeys("25");
		new Select(browser.findElement(By.id("country"))).selectByValue("AM");
		HeadlessChromium.screenshot(browser, "groups-form");
		browser.findElement(By.id("save-group")).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("group-name")));
		// the admin web is in English: the group shows its own (primary) name
		assertThat(browser.findElement(By.id("group-name")).getText()).isEqualTo("Учителя Гюмри");
		assertThat(browser.getPageSource()).contains("Գյումրիի ուսուցիչներ", "Инклюзивные школы Ширака");
		assertThat(browser.findElement(By.id("member-count")).getText()).isEqualTo("0 / 25");
		browser.findElement(By.id("renew-invite")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invite-link")));
		assertThat(browser.findElement(By.id("invite-link")).getText()).matches("https://t\\.me/.+\\?start=g-\\S{22}");
		browser.findElement(By.id("chat-code-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chat-code")));
		assertThat(browser.findElement(By.id("chat-code")).getText()).matches("/link [A-Z2-9]{8}");
		HeadlessChromium.screenshot(browser, "groups-show");

		browser.get("http://127.0.0.1:" + this.port + "/groups");
		assertThat(browser.findElement(By.id("groups")).getText()).contains("Учителя Гюмри");

		browser.get("http://127.0.0.1:" + this.port + "/educators/pending");
		By card = By.id("pending-" + pending.id());
		wait.until(ExpectedConditions.presenceOfElementLocated(card));
		assertThat(browser.findElement(card).getText()).contains("Anahit", "Gyumri");
		HeadlessChromium.screenshot(browser, "groups-pending");
		browser.findElement(card).findElement(By.cssSelector("button.approve")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(card));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Anahit");

		assertThat(this.educators.find(TelegramUserId.of(anahit)).orElseThrow().isMember()).isTrue();
		assertThat(this.audit.about("educator:" + pending.id())).extracting("action")
			.containsExactly("educator.approved");
	}

}
