package org.socialchange.platform.browser;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession("1280,2400", "groups");

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

	@Test
	void aCoordinatorCreatesAGroupInTwoLanguagesAndApprovesAPendingEducator() throws IOException {
		journey();
	}

	private void journey() throws IOException {
		SandboxClient sandbox = new SandboxClient(this.port);
		long anahit = sandbox.createUser("Anahit", "hy");
		new Registrations(sandbox, this.messages).register(anahit, Language.HY, "AM", null);
		Educator pending = this.educators.find(TelegramUserId.of(anahit)).orElseThrow();
		assertThat(pending.admission()).isEqualTo(Admission.PENDING);

		WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(30));
		BrowserAccounts.ensureCoordinator(this.coordinators, this.passwords);
		chromium.driver().get("http://127.0.0.1:" + this.port + "/groups/new");
		if (!chromium.driver().findElements(By.name("email")).isEmpty()) {
			chromium.driver().findElement(By.name("email")).sendKeys(BrowserAccounts.EMAIL);
			chromium.driver().findElement(By.name("password")).sendKeys(BrowserAccounts.PASSWORD);
			chromium.driver().findElement(By.cssSelector("form button[type=submit]")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("group-form")));
		}
		// the primary language's name is missing: the form comes back with the input kept
		new Select(chromium.driver().findElement(By.id("primaryLanguage"))).selectByValue("ru");
		chromium.driver().findElement(By.id("name-hy")).sendKeys("Գյումրիի ուսուցիչներ");
		chromium.driver().findElement(By.id("save-group")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("errors")));
		assertThat(chromium.driver().findElement(By.id("name-hy")).getAttribute("value"))
			.isEqualTo("Գյումրիի ուսուցիչներ");

		chromium.driver().findElement(By.id("name-ru")).sendKeys("Учителя Гюмри");
		chromium.driver().findElement(By.id("description-ru")).sendKeys("Инклюзивные школы Ширака");
		chromium.driver().findElement(By.cssSelector("input[name=topics][value=INCLUSIVE_EDUCATION]")).click();
		chromium.driver().findElement(By.cssSelector("input[name=joinPolicy][value=APPROVAL]")).click();
		chromium.driver().findElement(By.id("capacity")).sendKeys("25");
		new Select(chromium.driver().findElement(By.id("country"))).selectByValue("AM");
		HeadlessChromium.screenshot(chromium.driver(), "groups-form");
		chromium.driver().findElement(By.id("save-group")).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("group-name")));
		// the admin web is in English: the group shows its own (primary) name
		assertThat(chromium.driver().findElement(By.id("group-name")).getText()).isEqualTo("Учителя Гюмри");
		assertThat(chromium.driver().getPageSource()).contains("Գյումրիի ուսուցիչներ", "Инклюзивные школы Ширака");
		assertThat(chromium.driver().findElement(By.id("member-count")).getText()).isEqualTo("0 / 25");
		chromium.driver().findElement(By.id("renew-invite")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invite-link")));
		assertThat(chromium.driver().findElement(By.id("invite-link")).getText())
			.matches("https://t\\.me/.+\\?start=g-\\S{22}");
		chromium.driver().findElement(By.id("chat-code-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chat-code")));
		assertThat(chromium.driver().findElement(By.id("chat-code")).getText()).matches("/link [A-Z2-9]{8}");
		HeadlessChromium.screenshot(chromium.driver(), "groups-show");

		chromium.driver().get("http://127.0.0.1:" + this.port + "/groups");
		assertThat(chromium.driver().findElement(By.id("groups")).getText()).contains("Учителя Гюмри");

		chromium.driver().get("http://127.0.0.1:" + this.port + "/educators/pending");
		By card = By.id("pending-" + pending.id());
		wait.until(ExpectedConditions.presenceOfElementLocated(card));
		assertThat(chromium.driver().findElement(card).getText()).contains("Anahit", "Gyumri");
		HeadlessChromium.screenshot(chromium.driver(), "groups-pending");
		chromium.driver().findElement(card).findElement(By.cssSelector("button.approve")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(card));
		assertThat(chromium.driver().findElement(By.cssSelector(".notice")).getText()).contains("Anahit");

		assertThat(this.educators.find(TelegramUserId.of(anahit)).orElseThrow().isMember()).isTrue();
		assertThat(this.audit.about("educator:" + pending.id())).extracting("action")
			.containsExactly("educator.approved");
	}

}
