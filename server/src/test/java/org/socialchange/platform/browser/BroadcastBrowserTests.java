package org.socialchange.platform.browser;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.SandboxClient;

/**
 * A coordinator in headless Chromium composes a broadcast in two languages for a live
 * counted audience, schedules it, and watches the progress reach 100 % while the
 * sandbox's users receive it in their own language. Screenshots go to target/screenshots.
 */
@PlatformTest
class BroadcastBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession("1280,2400", "broadcast");

	@LocalServerPort
	int port;

	@Autowired
	CoordinatorManagement coordinators;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCoordinatorComposesABroadcastInTwoLanguagesSchedulesItAndSeesItReachEveryone() throws IOException {
		broadcastJourney();
	}

	private void broadcastJourney() throws IOException {
		SandboxClient sandbox = new SandboxClient(this.port);
		String network = "CHILDRENS_RIGHTS";
		this.jdbc.update("update educators set network = 'ALUMNI' where network = ?", network);
		List<Long> russian = educators(sandbox, 3, "ru", network);
		List<Long> armenian = educators(sandbox, 2, "hy", network);
		List<Long> georgian = educators(sandbox, 1, "ka", network);

		WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(30));
		BrowserAccounts.ensureCoordinator(this.coordinators, this.passwords);
		chromium.driver().get("http://127.0.0.1:" + this.port + "/broadcasts/new");
		if (!chromium.driver().findElements(By.name("email")).isEmpty()) {
			chromium.driver().findElement(By.name("email")).sendKeys(BrowserAccounts.EMAIL);
			chromium.driver().findElement(By.name("password")).sendKeys(BrowserAccounts.PASSWORD);
			chromium.driver().findElement(By.cssSelector("form button[type=submit]")).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("broadcast-form")));
		}
		chromium.driver().findElement(By.id("textRu")).sendKeys("Встреча педагогов в пятницу");
		chromium.driver().findElement(By.id("textHy")).sendKeys("Մանկավարժների հանդիպումը ուրբաթ օրը");
		new Select(chromium.driver().findElement(By.id("fallback"))).selectByValue("ru");
		chromium.driver().findElement(By.id("linkText")).sendKeys("Программа");
		chromium.driver().findElement(By.id("linkUrl")).sendKeys("https://example.org/meeting");
		chromium.driver().findElement(By.cssSelector("input[name=networks][value=" + network + "]")).click();

		wait.until(ExpectedConditions.textToBe(By.id("recipients"), "6"));
		wait.until(ExpectedConditions.textToBe(By.id("fallback-count"), "1"));
		assertThat(chromium.driver().findElement(By.cssSelector("[data-preview=hy] .tg-text")).getText())
			.isEqualTo("Մանկավարժների հանդիպումը ուրբաթ օրը");
		assertThat(chromium.driver().findElement(By.cssSelector("[data-preview=ka] .tg-text")).getText())
			.isEqualTo("Встреча педагогов в пятницу");
		assertThat(chromium.driver().findElement(By.cssSelector(".fallback-note[data-language=ka]")).isDisplayed())
			.isTrue();
		assertThat(chromium.driver().findElement(By.cssSelector("[data-preview=hy] .tg-button")).getText())
			.isEqualTo("Программа");

		chromium.driver().findElement(By.cssSelector("input[name=timing][value=AT]")).click();
		String inAMinute = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString();
		((JavascriptExecutor) chromium.driver()).executeScript("document.getElementById('at').value = arguments[0]",
				inAMinute);
		new Select(chromium.driver().findElement(By.id("zone"))).selectByValue("UTC");
		screenshot("broadcast-compose");
		chromium.driver().findElement(By.id("send")).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("progress-bar")));
		wait.until(ExpectedConditions.textToBe(By.id("percent"), "100"));
		screenshot("broadcast-progress");
		assertThat(chromium.driver().findElement(By.id("count-sent")).getText()).isEqualTo("6");
		assertThat(chromium.driver().findElement(By.id("progress-bar")).getAttribute("style")).contains("100%");

		for (long user : russian) {
			assertThat(lastBotText(sandbox, user)).isEqualTo("Встреча педагогов в пятницу");
		}
		for (long user : armenian) {
			assertThat(lastBotText(sandbox, user)).isEqualTo("Մանկավարժների հանդիպումը ուրբաթ օրը");
		}
		assertThat(lastBotText(sandbox, georgian.get(0))).isEqualTo("Встреча педагогов в пятницу");
	}

	private List<Long> educators(SandboxClient sandbox, int count, String language, String network) {
		List<Long> ids = new ArrayList<>();
		sandbox
			.post("/sandbox/api/users/bulk", Map.of("count", count, "firstName", "Teacher", "languageCode", language))
			.get("ids")
			.forEach((id) -> ids.add(id.asLong()));
		for (long id : ids) {
			this.jdbc.update("""
					insert into educators (telegram_user_id, chat_id, language, time_zone, joined_at, updated_at,
					    registered_at, country, network)
					values (?, ?, ?, 'Asia/Yerevan', now(), now(), now(), 'AM', ?)""", id, id, language, network);
		}
		return ids;
	}

	private static String lastBotText(SandboxClient sandbox, long user) {
		List<tools.jackson.databind.JsonNode> messages = sandbox.botMessages(user);
		assertThat(messages).isNotEmpty();
		return messages.get(messages.size() - 1).get("text").asString();
	}

	private static void screenshot(String name) throws IOException {
		HeadlessChromium.screenshot(chromium.driver(), name);
	}

}
