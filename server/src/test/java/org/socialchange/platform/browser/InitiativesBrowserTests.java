package org.socialchange.platform.browser;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.Registrations;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.educators.Visibility;
import org.socialchange.platform.groups.DigestSchedule;
import org.socialchange.platform.groups.GroupAccess;
import org.socialchange.platform.groups.GroupText;
import org.socialchange.platform.groups.JoinPolicy;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.groups.PeerGroupDraft;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.initiatives.Initiative;
import org.socialchange.platform.initiatives.InitiativeDraft;
import org.socialchange.platform.initiatives.InitiativeManagement;
import org.socialchange.platform.initiatives.InitiativeUpdate;
import org.socialchange.platform.initiatives.Stage;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator in headless Chromium finds an initiative by a word of its update, opens
 * it, hides a reported update with a reason from the reports queue (the author is told,
 * the audit log has it), and sets a group's digest to every day at 19:00 Yerevan time.
 * Screenshots go to target/screenshots.
 */
@PlatformTest
class InitiativesBrowserTests {

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	CoordinatorManagement coordinators;

	@Autowired
	EducatorManagement educators;

	@Autowired
	InitiativeManagement initiatives;

	@Autowired
	PeerGroupManagement groups;

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
	void aCoordinatorFindsAnInitiativeHidesAReportedUpdateAndSchedulesAGroupsDigest() throws IOException {
		try {
			journey();
		}
		catch (RuntimeException | AssertionError ex) {
			HeadlessChromium.screenshot(browser, "initiatives-failure");
			throw ex;
		}
	}

	private void journey() throws IOException {
		SandboxClient sandbox = new SandboxClient(this.port);
		Educator author = member(sandbox, "Lilit", Language.HY, "AM");
		Educator reader = member(sandbox, "Farid", Language.AZ, "AZ");
		Initiative initiative = this.initiatives.create(author, new InitiativeDraft("Ռոբոտաշինության խմբակ",
				"Դպրոցականների համար", Set.of(Topic.DIGITAL_TOOLS), null, Stage.RUNNING, Set.of(), Set.of()));
		InitiativeUpdate update = this.initiatives.post(author, initiative.id(),
				"Մեր աշակերտները հավաքեցին առաջին ռոբոտը", List.of(), null);
		this.initiatives.report(reader, update.id(), "Photos of pupils without consent");
		PeerGroup group = this.groups.create(
				new PeerGroupDraft(Map.of(Language.EN, new GroupText("Robotics teachers " + System.nanoTime(), null)),
						Set.of(Topic.DIGITAL_TOOLS), Country.AM, Network.ALUMNI, Language.EN, JoinPolicy.OPEN, null,
						Set.of()),
				new GroupAccess(0, "admin@example.org", CoordinatorRole.ADMINISTRATOR, EducatorScope.all()));

		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		BrowserAccounts.ensureCoordinator(this.coordinators, this.passwords);
		browser.get("http://127.0.0.1:" + this.port + "/initiatives");
		if (!browser.findElements(By.name("email")).isEmpty()) {
			browser.findElement(By.name("email")).sendKeys(BrowserAccounts.EMAIL);
			browser.findElement(By.name("password")).sendKeys(BrowserAccounts.PASSWORD);
			browser.findElement(By.cssSelector("form button[type=submit]")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("initiative-filters")));
		}
		browser.findElement(By.id("filter-words")).sendKeys("ռոբոտ");
		new Select(browser.findElement(By.id("filter-country"))).selectByValue("AM");
		browser.findElement(By.id("filter-apply")).click();
		By row = By.id("initiative-" + initiative.id());
		wait.until(ExpectedConditions.presenceOfElementLocated(row));
		assertThat(browser.findElement(row).getText()).contains("Ռոբոտաշինության խմբակ", "Lilit");
		HeadlessChromium.screenshot(browser, "initiatives-list");
		browser.findElement(row).findElement(By.tagName("a")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("update-" + update.id())));
		assertThat(browser.findElement(By.id("update-" + update.id())).getText())
			.contains("Մեր աշակերտները հավաքեցին առաջին ռոբոտը");

		browser.get("http://127.0.0.1:" + this.port + "/initiatives");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reports-link")));
		assertThat(browser.findElement(By.id("reports-link")).getText()).contains("1");
		browser.findElement(By.id("reports-link")).click();
		By reported = By.id("update-" + update.id());
		wait.until(ExpectedConditions.presenceOfElementLocated(reported));
		assertThat(browser.findElement(reported).getText()).contains("Photos of pupils without consent");
		HeadlessChromium.screenshot(browser, "initiatives-reports");
		int before = sandbox.lastMessageId(author.telegramUserId());
		browser.findElement(By.id("hide-reason-" + update.id())).sendKeys("Pupils' faces need their parents' consent");
		browser.findElement(By.id("hide-" + update.id())).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-reports")));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isNotBlank();
		sandbox.awaitBotMessage(author.telegramUserId(), before, (m) -> m.hasNonNull("text")
				&& m.get("text").asString().contains("Pupils' faces need their parents' consent"));
		assertThat(this.audit.about("update:" + update.id())).extracting("action").containsExactly("update.hidden");
		assertThat(this.initiatives.update(reader, update.id())).isEmpty();

		browser.get("http://127.0.0.1:" + this.port + "/groups/" + group.id());
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("digest-frequency")));
		new Select(browser.findElement(By.id("digest-frequency"))).selectByValue("DAILY");
		new Select(browser.findElement(By.id("digest-hour"))).selectByValue("19");
		new Select(browser.findElement(By.id("digest-zone"))).selectByValue("Asia/Yerevan");
		browser.findElement(By.id("digest-save")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
		HeadlessChromium.screenshot(browser, "initiatives-digest");
		assertThat(this.groups.group(group.id()).orElseThrow().digest()).isEqualTo(
				new DigestSchedule(DigestSchedule.Frequency.DAILY, DayOfWeek.MONDAY, 19, ZoneId.of("Asia/Yerevan")));
	}

	private Educator member(SandboxClient sandbox, String name, Language language, String country) {
		long user = sandbox.createUser(name, language.code());
		new Registrations(sandbox, this.messages).register(user, language, country, null);
		Educator educator = this.educators.find(TelegramUserId.of(user)).orElseThrow();
		this.educators.approve(EducatorId.of(educator.id()), 0, "coordinator@example.org", EducatorScope.all());
		return this.educators.visibility(TelegramUserId.of(user), Visibility.NETWORK);
	}

}
