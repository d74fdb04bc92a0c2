package org.socialchange.platform.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

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
import org.socialchange.platform.educators.Visibility;
import org.socialchange.platform.groups.GroupAccess;
import org.socialchange.platform.groups.GroupText;
import org.socialchange.platform.groups.JoinPolicy;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.groups.PeerGroupDraft;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.training.Program;
import org.socialchange.platform.training.ProgramManagement;
import org.socialchange.platform.training.ProgramStatus;
import org.socialchange.platform.training.Sharing;
import org.socialchange.platform.training.TrainingManagement;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator in headless Chromium writes a two-prompt training program in English and
 * Russian (the first a single-choice question), sees the languages still missing and the
 * prompt as Telegram will show it, enrols a peer group and starts the program; once its
 * two members answered in the bot, the results show as bars and download as CSV.
 * Screenshots go to target/screenshots.
 */
@PlatformTest
class TrainingBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession("1280,3200", "training");

	@LocalServerPort
	int port;

	@Autowired
	CoordinatorManagement coordinators;

	@Autowired
	EducatorManagement educators;

	@Autowired
	PeerGroupManagement groups;

	@Autowired
	ProgramManagement programs;

	@Autowired
	TrainingManagement training;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Messages messages;

	@Autowired
	AuditLog audit;

	@Test
	void aCoordinatorWritesAProgramPreviewsItEnrolsAGroupAndReadsItsResults() throws Exception {
		journey();
	}

	private void journey() throws Exception {
		SandboxClient sandbox = new SandboxClient(this.port);
		Educator lilit = member(sandbox, "Lilit", Language.HY);
		Educator armen = member(sandbox, "Armen", Language.RU);
		String groupName = "Yerevan teachers " + System.nanoTime();
		PeerGroup group = this.groups.create(
				new PeerGroupDraft(Map.of(Language.EN, new GroupText(groupName, null)), Set.of(), Country.AM,
						Network.ALUMNI, Language.EN, JoinPolicy.OPEN, null, Set.of()),
				new GroupAccess(0, "admin@example.org", CoordinatorRole.ADMINISTRATOR, EducatorScope.all()));
		this.groups.join(lilit, group.id());
		this.groups.join(armen, group.id());

		WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(30));
		wait.ignoring(StaleElementReferenceException.class);
		BrowserAccounts.ensureCoordinator(this.coordinators, this.passwords);
		chromium.driver().get(url("/training"));
		if (!chromium.driver().findElements(By.name("email")).isEmpty()) {
			chromium.driver().findElement(By.name("email")).sendKeys(BrowserAccounts.EMAIL);
			chromium.driver().findElement(By.name("password")).sendKeys(BrowserAccounts.PASSWORD);
			chromium.driver().findElement(By.cssSelector("form button[type=submit]")).click();
		}
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-training")));
		chromium.driver().findElement(By.id("nav-training")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-program"))).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("program-form")));

		// a description without any title: the form comes back, nothing typed is lost
		chromium.driver().findElement(By.id("description-ru")).sendKeys("Права ребёнка в каждом классе");
		chromium.driver().findElement(By.id("weekday-TUESDAY")).click();
		chromium.driver().findElement(By.id("weekday-FRIDAY")).click();
		chromium.driver().findElement(By.id("save-program")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("errors")));
		assertThat(chromium.driver().findElement(By.id("errors")).getText()).contains("title");
		assertThat(chromium.driver().findElement(By.id("description-ru")).getAttribute("value"))
			.isEqualTo("Права ребёнка в каждом классе");
		assertThat(chromium.driver().findElement(By.id("weekday-TUESDAY")).isSelected()).isTrue();
		assertThat(chromium.driver().findElement(By.id("weekday-FRIDAY")).isSelected()).isTrue();

		String title = "Children's rights at school " + System.nanoTime();
		chromium.driver().findElement(By.id("title-en")).sendKeys(title);
		chromium.driver().findElement(By.id("title-ru")).sendKeys("Права детей в школе");
		new Select(chromium.driver().findElement(By.id("country"))).selectByValue("AM");
		chromium.driver().findElement(By.id("late-hours")).click();
		chromium.driver().findElement(By.id("lateHours")).sendKeys("3");
		chromium.driver().findElement(By.id("open")).click();
		HeadlessChromium.screenshot(chromium.driver(), "training-form");
		chromium.driver().findElement(By.id("save-program")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("program-title")));
		assertThat(chromium.driver().findElement(By.id("program-title")).getText()).isEqualTo(title);
		assertThat(chromium.driver().findElement(By.id("program-schedule")).getText())
			.contains("Tuesday, Friday at 10:00", "3 hours late");
		assertThat(chromium.driver().findElement(By.id("program-missing")).getText()).isEqualTo("hy ka az tg");
		long programId = Long.parseLong(chromium.driver().getCurrentUrl().replaceAll(".*/training/(\\d+).*", "$1"));

		// the first prompt: a single-choice question; user text with markup stays text
		chromium.driver().findElement(By.id("new-prompt")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("prompt-form")));
		chromium.driver().findElement(By.id("question-SINGLE")).click();
		chromium.driver().findElement(By.id("text-en")).sendKeys("Which right matters most in <b>your</b> class?");
		chromium.driver().findElement(By.id("options-en")).sendKeys("Education\nPlay\nProtection");
		chromium.driver().findElement(By.id("text-ru")).sendKeys("Какое право важнее всего в вашем классе?");
		chromium.driver().findElement(By.id("options-ru")).sendKeys("Образование\nИгра");
		chromium.driver().findElement(By.id("save-prompt")).click();
		// Russian has two options where English has three: Russian still counts as
		// missing
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-en")));
		assertThat(chromium.driver().findElement(By.id("prompt-missing")).getText()).isEqualTo("ru hy ka az tg");
		chromium.driver().findElement(By.id("options-ru")).sendKeys("\nЗащита");
		chromium.driver().findElement(By.id("save-prompt")).click();
		wait.until(ExpectedConditions.textToBe(By.id("prompt-missing"), "hy ka az tg"));

		WebElement russian = chromium.driver().findElement(By.id("preview-ru"));
		assertThat(russian.findElement(By.cssSelector(".tg-text .tg-b")).getText()).isEqualTo("Права детей в школе");
		assertThat(russian.findElement(By.cssSelector(".tg-text")).getText())
			.contains("Какое право важнее всего в вашем классе?");
		assertThat(russian.findElement(By.cssSelector(".tg-text .tg-i")).getText()).isNotBlank();
		assertThat(russian.findElements(By.cssSelector(".tg-button"))).extracting(WebElement::getText)
			.containsExactly("Образование", "Игра", "Защита");
		WebElement english = chromium.driver().findElement(By.id("preview-en"));
		assertThat(english.findElement(By.cssSelector(".tg-text")).getText()).contains("in <b>your</b> class?");
		assertThat(english.findElements(By.cssSelector(".tg-text b, .tg-text script"))).isEmpty();
		assertThat(chromium.driver()
			.findElement(By.id("preview-hy"))
			.findElement(By.cssSelector(".tg-bubble"))
			.getAttribute("class")).contains("is-fallback");
		HeadlessChromium.screenshot(chromium.driver(), "training-prompt-preview");

		// the second prompt: a reflection
		chromium.driver().findElement(By.id("back-to-program")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-prompt"))).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("prompt-form")));
		chromium.driver().findElement(By.id("question-REFLECTION")).click();
		chromium.driver().findElement(By.id("text-en")).sendKeys("What will you change next week?");
		chromium.driver().findElement(By.id("text-ru")).sendKeys("Что вы измените на следующей неделе?");
		chromium.driver().findElement(By.id("save-prompt")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-ru")));
		chromium.driver().findElement(By.id("back-to-program")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("prompts")));
		Program program = this.programs.program(programId, everything());
		long first = program.prompts().get(0).id();
		long second = program.prompts().get(1).id();
		assertThat(rows()).containsExactly("prompt-" + first, "prompt-" + second);
		chromium.driver().findElement(By.id("prompt-" + second)).findElement(By.cssSelector("button.move-up")).click();
		wait.until((driver) -> rows().equals(List.of("prompt-" + second, "prompt-" + first)));
		chromium.driver()
			.findElement(By.id("prompt-" + second))
			.findElement(By.cssSelector("button.move-down"))
			.click();
		wait.until((driver) -> rows().equals(List.of("prompt-" + first, "prompt-" + second)));

		// enrol the group and start
		chromium.driver().findElement(By.id("audience-group-" + group.id())).click();
		chromium.driver().findElement(By.id("save-audiences")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "enrolled was saved"));
		assertThat(chromium.driver().findElement(By.id("audience-group-" + group.id())).isSelected()).isTrue();
		chromium.driver().findElement(By.id("start-program")).click();
		wait.until(ExpectedConditions.textToBe(By.id("program-status"), "Running"));
		HeadlessChromium.screenshot(chromium.driver(), "training-program");
		assertThat(this.programs.program(programId, everything()).status()).isEqualTo(ProgramStatus.ACTIVE);

		// the members answer in the bot
		assertThat(this.training.sendNext(lilit, programId)).isTrue();
		assertThat(this.training.sendNext(armen, programId)).isTrue();
		this.training.choose(lilit, send(lilit, 0), 0);
		this.training.choose(armen, send(armen, 0), 2);
		assertThat(this.training.sendNext(lilit, programId)).isTrue();
		assertThat(this.training.sendNext(armen, programId)).isTrue();
		this.training.reflect(armen, send(armen, 1), "Класс сам напишет свои правила");
		this.training.share(armen, send(armen, 1), Sharing.NAMED);

		// a prompt someone received stays
		chromium.driver().get(url("/training/" + programId));
		chromium.driver().findElement(By.id("prompt-" + first)).findElement(By.cssSelector("button.delete")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "already received"));
		assertThat(rows()).containsExactly("prompt-" + first, "prompt-" + second);

		chromium.driver().findElement(By.id("results-link")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-" + first)));
		WebElement choice = chromium.driver().findElement(By.id("result-" + first));
		assertThat(choice.findElement(By.cssSelector(".received")).getText()).isEqualTo("2");
		assertThat(choice.findElement(By.cssSelector(".answered")).getText()).isEqualTo("2");
		assertThat(choice.findElements(By.cssSelector("tr.option .label"))).extracting(WebElement::getText)
			.containsExactly("Education", "Play", "Protection");
		assertThat(choice.findElements(By.cssSelector("tr.option rect.bar")))
			.extracting((bar) -> bar.getAttribute("width"))
			.containsExactly("100", "0", "100");
		WebElement reflections = chromium.driver().findElement(By.id("result-" + second));
		assertThat(reflections.findElement(By.cssSelector(".reflection")).getText())
			.isEqualTo("Класс сам напишет свои правила");
		assertThat(reflections.findElement(By.cssSelector(".author")).getText()).isEqualTo("Armen");
		WebElement byGroup = chromium.driver().findElement(By.id("completion-group"));
		assertThat(byGroup.getText()).contains(groupName, "2 / 2");
		assertThat(byGroup.findElement(By.cssSelector("rect.bar")).getAttribute("width")).isEqualTo("100");
		assertThat(chromium.driver().findElement(By.id("completion-country")).getText()).contains("Armenia", "2 / 2");
		HeadlessChromium.screenshot(chromium.driver(), "training-results");

		String csvLink = chromium.driver().findElement(By.id("results-csv")).getAttribute("href");
		assertThat(csvLink).endsWith("/training/" + programId + "/results.csv");
		HttpResponse<byte[]> csv = download(csvLink);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv").contains("UTF-8"));
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).contains("attachment",
					"training-" + programId + "-results.csv"));
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFrow,prompt,prompt_text,name,count,of,percent,author,at\r\n");
		String question = "Which right matters most in <b>your</b> class?";
		assertThat(text).contains("\r\nprompt,1," + question + ",SINGLE,2,2,100,,\r\n",
				"\r\noption,1," + question + ",Education,1,2,50,,\r\n",
				"\r\noption,1," + question + ",Play,0,2,0,,\r\n",
				"\r\ncompletion-group,,," + groupName + ",2,2,100,,\r\n", "\r\ncompletion-country,,,AM,2,2,100,,\r\n",
				"\r\nreflection,2,What will you change next week?,Класс сам напишет свои правила,,,,Armen,");
		assertThat(this.audit.about("program:" + programId)).extracting("action")
			.contains("training.created", "training.prompt-added", "training.audiences", "training.started");
	}

	private List<String> rows() {
		return chromium.driver()
			.findElements(By.cssSelector("#prompts tbody tr"))
			.stream()
			.map((row) -> row.getAttribute("id"))
			.toList();
	}

	private long send(Educator educator, int position) {
		Long id = this.jdbc.queryForObject("select id from training_sends where educator_id = ? and position = ?",
				Long.class, educator.id(), position);
		return (id != null) ? id : 0;
	}

	private HttpResponse<byte[]> download(String link) throws IOException, InterruptedException {
		Cookie session = chromium.driver().manage().getCookieNamed("JSESSIONID");
		HttpRequest request = HttpRequest.newBuilder(URI.create(link))
			.header("Cookie", "JSESSIONID=" + session.getValue())
			.GET()
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static GroupAccess everything() {
		return new GroupAccess(0, "admin@example.org", CoordinatorRole.ADMINISTRATOR, EducatorScope.all());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private Educator member(SandboxClient sandbox, String name, Language language) {
		long user = sandbox.createUser(name, language.code());
		new Registrations(sandbox, this.messages).register(user, language, "AM", null);
		Educator educator = this.educators.find(TelegramUserId.of(user)).orElseThrow();
		this.educators.approve(EducatorId.of(educator.id()), 0, "coordinator@example.org", EducatorScope.all());
		return this.educators.visibility(TelegramUserId.of(user), Visibility.NETWORK);
	}

}
