package org.socialchange.platform.browser;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession("1280,2400", "initiatives");

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

	@Test
	void aCoordinatorFindsAnInitiativeHidesAReportedUpdateAndSchedulesAGroupsDigest() throws IOException {
		journey();
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

		WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(30));
		BrowserAccounts.ensureCoordinator(this.coordinators, this.passwords);
		chromium.driver().get("http://127.0.0.1:" + this.port + "/initiatives");
		if (!chromium.driver().findElements(By.name("email")).isEmpty()) {
			chromium.driver().findElement(By.name("email")).sendKeys(BrowserAccounts.EMAIL);
			chromium.driver().findElement(By.name("password")).sendKeys(BrowserAccounts.PASSWORD);
			chromium.driver().findElement(By.cssSelector("form button[type=submit]")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("initiative-filters")));
		}
		chromium.driver().findElement(By.id("filter-words")).sendKeys("ռոբոտ");
		new Select(chromium.driver().findElement(By.id("filter-country"))).selectByValue("AM");
		chromium.driver().findElement(By.id("filter-apply")).click();
		By row = By.id("initiative-" + initiative.id());
		wait.until(ExpectedConditions.presenceOfElementLocated(row));
		assertThat(chromium.driver().findElement(row).getText()).contains("Ռոբոտաշինության խմբակ", "Lilit");
		HeadlessChromium.screenshot(chromium.driver(), "initiatives-list");
		chromium.driver().findElement(row).findElement(By.tagName("a")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("update-" + update.id())));
		assertThat(chromium.driver().findElement(By.id("update-" + update.id())).getText())
			.contains("Մեր աշակերտները հավաքեցին առաջին ռոբոտը");

		chromium.driver().get("http://127.0.0.1:" + this.port + "/initiatives");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reports-link")));
		assertThat(chromium.driver().findElement(By.id("reports-link")).getText()).contains("1");
		chromium.driver().findElement(By.id("reports-link")).click();
		By reported = By.id("update-" + update.id());
		wait.until(ExpectedConditions.presenceOfElementLocated(reported));
		assertThat(chromium.driver().findElement(reported).getText()).contains("Photos of pupils without consent");
		HeadlessChromium.screenshot(chromium.driver(), "initiatives-reports");
		int before = sandbox.lastMessageId(author.telegramUserId());
		chromium.driver()
			.findElement(By.id("hide-reason-" + update.id()))
			.sendKeys("Pupils' faces need their parents' consent");
		chromium.driver().findElement(By.id("hide-" + update.id())).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-reports")));
		assertThat(chromium.driver().findElement(By.cssSelector(".notice")).getText()).isNotBlank();
		sandbox.awaitBotMessage(author.telegramUserId(), before, (m) -> m.hasNonNull("text")
				&& m.get("text").asString().contains("Pupils' faces need their parents' consent"));
		assertThat(this.audit.about("update:" + update.id())).extracting("action").containsExactly("update.hidden");
		assertThat(this.initiatives.update(reader, update.id())).isEmpty();

		chromium.driver().get("http://127.0.0.1:" + this.port + "/groups/" + group.id());
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("digest-frequency")));
		new Select(chromium.driver().findElement(By.id("digest-frequency"))).selectByValue("DAILY");
		new Select(chromium.driver().findElement(By.id("digest-hour"))).selectByValue("19");
		new Select(chromium.driver().findElement(By.id("digest-zone"))).selectByValue("Asia/Yerevan");
		chromium.driver().findElement(By.id("digest-save")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
		HeadlessChromium.screenshot(chromium.driver(), "initiatives-digest");
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
