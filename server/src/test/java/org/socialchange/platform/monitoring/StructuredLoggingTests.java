package org.socialchange.platform.monitoring;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.Registrations;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.bot.TelegramSettings;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code LOG_FORMAT=ecs} every log line is a JSON object, and no line shows what a
 * user wrote, the bot's token or the administrator's password, even when an exception
 * carries the token in a Bot API URL.
 */
@PlatformTest
@TestPropertySource(properties = "logging.structured.format.console=ecs")
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingTests {

	static final String WRITTEN = "Quokka-7731 plans a march on Thursday";

	static final String ADMIN_PASSWORD = "correct horse battery staple";

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	Messages messages;

	@Test
	void linesAreJsonWithoutWhatUsersWroteTheTokenOrThePassword(CapturedOutput output) {
		// before this application started, another one of the suite may have logged in
		// plain text
		int before = output.getOut().length();
		SandboxClient sandbox = new SandboxClient(this.port);
		long user = sandbox.createUser(WRITTEN, "en");
		Registrations registrations = new Registrations(sandbox, this.messages);
		JsonNode privacy = registrations.startAndChoose(user, Language.EN);
		registrations.answer(user, privacy, "reg:PRIVACY:yes", Language.EN, "registration.name.prompt");
		registrations.type(user, WRITTEN, Language.EN, "registration.country.prompt");
		int failing = sandbox.write(user, "/fail");
		sandbox.awaitBotMessage(user, failing);
		// what an HTTP client's failure looks like when it names the Bot API URL
		LoggerFactory.getLogger(StructuredLoggingTests.class)
			.warn("Cannot reach the Telegram Bot API", new IOException(
					"unexpected end of stream on http://127.0.0.1/bot" + TelegramSettings.SANDBOX_TOKEN + "/getMe"));

		List<String> lines = output.getOut().substring(before).lines().filter((line) -> !line.isBlank()).toList();
		assertThat(lines).isNotEmpty().allSatisfy((line) -> assertThat(JSON.readTree(line).isObject()).isTrue());
		List<JsonNode> events = lines.stream().map(JSON::readTree).toList();
		assertThat(events).anySatisfy((event) -> {
			assertThat(event.get("log").get("logger").asString()).endsWith("UpdateIntake");
			assertThat(event.get("message").asString()).contains("failed");
		});
		assertThat(events).anySatisfy((event) -> {
			assertThat(event.get("message").asString()).isEqualTo("Cannot reach the Telegram Bot API");
			assertThat(event.get("error").toString()).contains("/bot100000000:******/getMe");
		});
		assertThat(output.getAll()).doesNotContain(WRITTEN, TelegramSettings.SANDBOX_TOKEN, ADMIN_PASSWORD);
	}

}
