package org.socialchange.platform.journeys;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.Registrations;
import org.socialchange.platform.PlatformApplication;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.bot.Conversation;
import org.socialchange.platform.bot.Conversations;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.sandbox.SandboxMode;
import org.socialchange.platform.sandbox.SandboxRefused;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform keeps what it stored across a restart, stops its embedded database
 * cleanly, and starts none when an external database is configured; sandbox mode refuses
 * to start where it could reach real people.
 */
class RestartTests {

	@TempDir
	Path dataDir;

	@Test
	void registrationResumesAtTheSameStepAfterARestart() {
		long user;
		JsonNode role;
		try (ConfigurableApplicationContext first = start("platform.data-dir=" + this.dataDir)) {
			SandboxClient sandbox = sandbox(first);
			Registrations registrations = new Registrations(sandbox, first.getBean(Messages.class));
			user = sandbox.createUser("Ռուբեն", "hy");
			JsonNode privacy = registrations.startAndChoose(user, Language.KA);
			JsonNode name = registrations.answer(user, privacy, "reg:PRIVACY:yes", Language.KA,
					"registration.name.prompt");
			JsonNode country = registrations.answer(user, name, "reg:NAME:tg", Language.KA,
					"registration.country.prompt");
			registrations.answer(user, country, "reg:COUNTRY:GE", Language.KA, "registration.region.prompt");
			role = registrations.type(user, "Kutaisi", Language.KA, "registration.role.prompt");
		}
		assertThat(this.dataDir.resolve("postgres/postmaster.pid")).doesNotExist();

		try (ConfigurableApplicationContext second = start("platform.data-dir=" + this.dataDir)) {
			EducatorManagement educators = second.getBean(EducatorManagement.class);
			Educator educator = educators.find(TelegramUserId.of(user)).orElseThrow();
			assertThat(educator.language()).isEqualTo(Language.KA);
			assertThat(second.getBean(Conversations.class)
				.find(TelegramUserId.of(user), ChatId.of(user))
				.map(Conversation::step)).contains("ROLE");
			assertThat(educator.region()).contains("Kutaisi");
			SandboxClient sandbox = sandbox(second);
			Messages messages = second.getBean(Messages.class);
			Registrations registrations = new Registrations(sandbox, messages);
			assertThat(sandbox.get("/sandbox/api/users").valueStream().map((u) -> u.get("id").asLong())).contains(user);

			JsonNode topics = registrations.answer(user, role, "reg:ROLE:YOUTH_WORKER", Language.KA,
					"registration.topics.prompt");
			sandbox.press(user, topics.get("messageId").asInt(), "reg:TOPICS:PEACE_BUILDING");
			JsonNode network = registrations.answer(user, topics, "reg:TOPICS:done", Language.KA,
					"registration.network.prompt");
			registrations.answer(user, network, "reg:NETWORK:CHILDRENS_RIGHTS", Language.KA, "registration.done");

			Educator registered = educators.find(TelegramUserId.of(user)).orElseThrow();
			int again = sandbox.write(user, "/start");
			String welcomeBack = messages.format(Language.KA, "start.welcomeBack",
					Map.of("name", "Ռուբեն", "joined", registered.joinedAt()), registered.timeZone().orElseThrow());
			assertThat(sandbox.awaitBotMessage(user, again).get("text").asString()).startsWith(welcomeBack);
		}
	}

	@Test
	void anExternalDatabaseIsUsedAndNothingIsEmbedded() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
				ConfigurableApplicationContext platform = start("platform.data-dir=" + this.dataDir,
						"spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
						"spring.datasource.username=postgres", "platform.telegram.token=" + SandboxMode.TOKEN,
						"platform.telegram.api-url=http://127.0.0.1:9/", "platform.telegram.polling=false")) {
			assertThat(platform.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
			assertThat(this.dataDir.resolve("postgres")).doesNotExist();
			Integer tables = new JdbcTemplate(external.getPostgresDatabase()).queryForObject(
					"select count(*) from information_schema.tables where table_name = 'educators'", Integer.class);
			assertThat(tables).isEqualTo(1);
		}
	}

	@Test
	void theSandboxRefusesAnExternalDatabaseBeforeTouchingIt() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
			assertThatExceptionOfType(SandboxRefused.class)
				.isThrownBy(() -> start("platform.data-dir=" + this.dataDir,
						"spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
						"spring.datasource.username=postgres"))
				.withMessageContaining("SPRING_DATASOURCE_URL")
				.satisfies((ex) -> assertThat(ex.action()).contains("TELEGRAM_BOT_TOKEN"));
			Integer tables = new JdbcTemplate(external.getPostgresDatabase()).queryForObject(
					"select count(*) from information_schema.tables where table_schema = 'public'", Integer.class);
			assertThat(tables).as("nothing was migrated").isZero();
		}
	}

	@Test
	void theSandboxRefusesADatabaseThatHoldsRealTelegramUsers() {
		try (ConfigurableApplicationContext first = start("platform.data-dir=" + this.dataDir)) {
			first.getBean(JdbcTemplate.class)
				.update("insert into educators (telegram_user_id, chat_id, language, joined_at, updated_at) "
						+ "values (123456789, 123456789, 'ru', now(), now())");
		}
		assertThatThrownBy(() -> start("platform.data-dir=" + this.dataDir))
			.hasRootCauseInstanceOf(SandboxRefused.class)
			.rootCause()
			.hasMessageContaining("1 educator(s) who did not come from the sandbox");
	}

	@Test
	void withATokenNoSandboxPathIsServed() throws Exception {
		try (ConfigurableApplicationContext platform = start("platform.data-dir=" + this.dataDir,
				"platform.telegram.token=" + SandboxMode.TOKEN, "platform.telegram.api-url=http://127.0.0.1:9/",
				"platform.telegram.polling=false")) {
			int port = ((WebServerApplicationContext) platform).getWebServer().getPort();
			for (String path : List.of("/sandbox", "/sandbox/api/users",
					"/sandbox/telegram/bot" + SandboxMode.TOKEN + "/getMe")) {
				HttpResponse<String> response = HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
							HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).as(path).isIn(401, 404);
			}
		}
	}

	/** Starts the platform; arguments outrank application.yaml, as on a command line. */
	private static ConfigurableApplicationContext start(String... properties) {
		// Quartz registers its data source JVM-wide by scheduler name: a name of its own
		// keeps
		// these short-lived platforms from taking over the one other tests share
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--platform.telegram.token=",
				"--spring.quartz.scheduler-name=restart-" + UUID.randomUUID(),
				"--platform.admin.email=admin@example.org", "--platform.admin.password=correct horse battery staple"));
		for (String property : properties) {
			arguments.add("--" + property);
		}
		return new SpringApplicationBuilder(PlatformApplication.class).run(arguments.toArray(String[]::new));
	}

	private static SandboxClient sandbox(ConfigurableApplicationContext context) {
		return new SandboxClient(((WebServerApplicationContext) context).getWebServer().getPort());
	}

}
