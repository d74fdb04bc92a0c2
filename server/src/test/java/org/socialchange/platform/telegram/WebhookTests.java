package org.socialchange.platform.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.socialchange.platform.PlatformApplication;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole application in webhook mode against its own sandbox, which posts updates to
 * the webhook as Telegram does: a user is answered, nobody polls, a call without the
 * secret or of the wrong kind is refused and not handled, a redelivered update is handled
 * once; and the application refuses to start with webhook settings that cannot be safe.
 * The webhook's URL names the application's own port, so the port is chosen before the
 * start (a free one, which another process could take in the meantime; unlikely).
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT,
		properties = { "platform.data-dir=target/test-data/${random.uuid}", "platform.throwaway-database=true",
				"platform.telegram.token=", "platform.telegram.webhook-secret=" + WebhookTests.SECRET,
				"spring.quartz.scheduler-name=webhook-tests", "platform.admin.email=admin@example.org",
				"platform.admin.password=correct horse battery staple" })
@ExtendWith(OutputCaptureExtension.class)
class WebhookTests {

	static final String SECRET = "webhook_Tests-secret-0123456789";

	static final String PATH = "/telegram/webhook";

	static final int PORT = freePort();

	static final String URL = "http://127.0.0.1:" + PORT + PATH;

	static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query",
			"my_chat_member");

	/**
	 * Update ids far from the sandbox's (seconds since the epoch), for crafted updates.
	 */
	static final AtomicInteger CRAFTED_IDS = new AtomicInteger(2_100_000_000);

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("platform.telegram.webhook-url", () -> URL);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Messages messages;

	@TempDir
	Path dataDir;

	final SandboxClient sandbox = new SandboxClient(PORT);

	/** The application registers its webhook once it serves; tests begin after that. */
	@BeforeEach
	void webhookIsSet() throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!URL.equals(webhookInfo().getUrl())) {
			assertThat(System.nanoTime()).as("the webhook was set in time").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	@Test
	void aUsersStartGoesThroughTheWebhookAndIsAnswered() {
		long user = this.sandbox.createUser("Անի", "hy");
		int start = this.sandbox.write(user, "/start");
		JsonNode picker = this.sandbox.awaitBotMessage(user, start);
		assertThat(picker.get("text").asString()).isEqualTo(this.messages.format(Language.HY, "language.prompt"));
		this.sandbox.press(user, picker.get("messageId").asInt(), "lang:hy");
		this.sandbox.awaitBotMessage(user, picker.get("messageId").asInt(),
				(m) -> m.get("text")
					.asString()
					.startsWith(this.messages.format(Language.HY, "start.greeting", java.util.Map.of("name", "Անի"))));
	}

	@Test
	void nobodyPollsAndTheSandboxKnowsTheWebhook() throws Exception {
		assertThat(this.context.containsBean("longPolling")).as("LongPolling is off").isFalse();
		assertThat(this.context.containsBean("webhookRegistration")).isTrue();
		WebhookInfo info = webhookInfo();
		assertThat(info.getUrl()).isEqualTo(URL);
		assertThat(info.getAllowedUpdates()).containsExactlyInAnyOrderElementsOf(ALLOWED_UPDATES);
		assertThat(info.getLastErrorMessage()).as("every update was taken").isNull();
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.sandbox.telegramClient().execute(GetUpdates.builder().timeout(0).build()))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(409);
				assertThat(ex.getApiResponse()).isEqualTo("Conflict: can't use getUpdates method while webhook is "
						+ "active; use deleteWebhook to delete the webhook first");
			});
	}

	@Test
	void theSandboxRefusesAWebhookOffThisMachineAndKeepsTheOneSet() {
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.sandbox.telegramClient()
				.execute(SetWebhook.builder().url("https://platform.example.org/telegram/webhook").build()))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(400));
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.sandbox.telegramClient()
				.execute(SetWebhook.builder().url(URL).secretToken("x".repeat(257)).build()))
			.satisfies((ex) -> assertThat(ex.getApiResponse())
				.isEqualTo("Bad Request: secret token contains unallowed characters"));
		assertThat(webhookInfo().getUrl()).isEqualTo(URL);
	}

	@Test
	void aCallWithoutTheRightSecretIsRefusedBeforeAnythingIsRecorded() {
		long user = this.sandbox.createUser("Tamar", "ka");
		int updateId = CRAFTED_IDS.incrementAndGet();
		String update = help(updateId, user);

		assertThat(post(update, "application/json", null).statusCode()).isEqualTo(401);
		assertThat(post(update, "application/json", "wrong").statusCode()).isEqualTo(401);
		assertThat(post(update, "application/json", SECRET.substring(1) + "x").statusCode()).isEqualTo(401);
		assertThat(post(update, "application/json", SECRET + "x").statusCode()).isEqualTo(401);
		assertThat(recorded(updateId)).as("nothing recorded").isZero();
		assertThat(this.sandbox.botMessages(user)).as("no reply").isEmpty();

		// the same update with the secret is taken in and answered: the checks above
		// could
		// fail
		assertThat(post(update, "application/json", SECRET).statusCode()).isEqualTo(200);
		assertThat(recorded(updateId)).isOne();
		awaitHelp(user, 1);
	}

	@Test
	void onlyAPostOfOneUpdateAsJsonIsTakenIn() {
		long user = this.sandbox.createUser("Giorgi", "ka");
		int updateId = CRAFTED_IDS.incrementAndGet();
		String update = help(updateId, user);

		HttpResponse<String> get = this.sandbox.raw(request().header(SECRET_HEADER, SECRET).GET().build());
		assertThat(get.statusCode()).isEqualTo(405);
		assertThat(get.headers().firstValue("Allow")).contains("POST");
		assertThat(this.sandbox
			.raw(request().header(SECRET_HEADER, SECRET)
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(update))
				.build())
			.statusCode()).isEqualTo(405);
		assertThat(post(update, "text/plain", SECRET).statusCode()).isEqualTo(415);
		assertThat(post(update, "application/x-www-form-urlencoded", SECRET).statusCode()).isEqualTo(415);
		assertThat(post(update, null, SECRET).statusCode()).isEqualTo(415);
		assertThat(post("not json", "application/json", SECRET).statusCode()).isEqualTo(400);
		assertThat(post("{}", "application/json", SECRET).statusCode()).as("no update_id").isEqualTo(400);
		assertThat(post(update + " {}", "application/json", SECRET).statusCode()).as("more than one value")
			.isEqualTo(400);
		String tooLarge = update.substring(0, update.length() - 1) + ", \"padding\": \"" + "x".repeat(1024 * 1024)
				+ "\"}";
		assertThat(post(tooLarge, "application/json", SECRET).statusCode()).isEqualTo(413);
		assertThat(recorded(updateId)).as("nothing recorded").isZero();

		HttpResponse<String> taken = post(update, "application/json; charset=UTF-8", SECRET);
		assertThat(taken.statusCode()).isEqualTo(200);
		assertThat(taken.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
		awaitHelp(user, 1);
	}

	@Test
	void anUpdateDeliveredTwiceIsHandledOnce() {
		long user = this.sandbox.createUser("Nino", "ka");
		// the sandbox posts the very same update twice, as Telegram does when an answer
		// was lost
		this.sandbox.writeTwice(user, "/help");
		awaitHelp(user, 1);
		// and so does someone who repeats a call
		int updateId = CRAFTED_IDS.incrementAndGet();
		String update = help(updateId, user);
		assertThat(post(update, "application/json", SECRET).statusCode()).isEqualTo(200);
		assertThat(post(update, "application/json", SECRET).statusCode()).isEqualTo(200);
		assertThat(recorded(updateId)).isOne();
		// one chat's updates are handled in order: once a later one is answered, a second
		// handling of either would have shown
		int start = this.sandbox.write(user, "/start");
		this.sandbox.awaitBotMessage(user, start,
				(m) -> m.get("text").asString().equals(this.messages.format(Language.KA, "language.prompt")));
		assertThat(helpReplies(user)).isEqualTo(2);
		assertThat(webhookInfo().getPendingUpdatesCount()).isZero();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					https://platform.example.org/telegram/webhook | ''              | TELEGRAM_WEBHOOK_SECRET is not set
					https://platform.example.org/telegram/webhook | not-so-secret!? | TELEGRAM_WEBHOOK_SECRET is not 1 to 256 characters
					http://platform.example.org/telegram/webhook  | s3cr3t          | Telegram calls webhooks over https:// only
					https://platform.example.org                  | s3cr3t          | has no path of its own
					""")
	void refusesToStartWithAWebhookThatCannotBeSafe(String url, String secret, String problem, CapturedOutput output) {
		assertThatThrownBy(
				() -> start("--platform.telegram.webhook-url=" + url, "--platform.telegram.webhook-secret=" + secret))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining(problem);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains(problem)
			.contains("to use long polling")
			.as("refused before the database started")
			.doesNotContain("Starting embedded PostgreSQL in " + this.dataDir);
		if (!secret.isEmpty()) {
			assertThat(output.toString()).as("the secret is never printed").doesNotContain(secret);
		}
	}

	private void start(String... webhook) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--platform.telegram.token=",
				"--platform.data-dir=" + this.dataDir, "--spring.quartz.scheduler-name=refused-" + UUID.randomUUID(),
				"--platform.admin.email=admin@example.org", "--platform.admin.password=correct horse battery staple"));
		arguments.addAll(List.of(webhook));
		new SpringApplicationBuilder(PlatformApplication.class).run(arguments.toArray(String[]::new)).close();
	}

	static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

	private WebhookInfo webhookInfo() {
		try {
			return this.sandbox.telegramClient().execute(new GetWebhookInfo());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest.Builder request() {
		return HttpRequest.newBuilder(URI.create(URL)).timeout(Duration.ofSeconds(30));
	}

	private HttpResponse<String> post(String body, String contentType, String secret) {
		HttpRequest.Builder request = request().POST(HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (secret != null) {
			request.header(SECRET_HEADER, secret);
		}
		return this.sandbox.raw(request.build());
	}

	private int recorded(int updateId) {
		return this.jdbc.queryForObject("select count(*) from telegram_updates where update_id = ?", Integer.class,
				(long) updateId);
	}

	/** A {@code /help} from a sandbox user, as Telegram would post it. */
	private static String help(int updateId, long user) {
		return """
				{"update_id": %d, "message": {"message_id": %d, "date": %d,
				 "from": {"id": %d, "is_bot": false, "first_name": "Webhook", "language_code": "ka"},
				 "chat": {"id": %d, "type": "private", "first_name": "Webhook"},
				 "text": "/help", "entities": [{"type": "bot_command", "offset": 0, "length": 5}]}}"""
			.formatted(updateId, 900_000 + updateId % 1000, Instant.now().getEpochSecond(), user, user);
	}

	private long helpReplies(long user) {
		String help = this.messages.format(Language.KA, "help.commands");
		return this.sandbox.botMessages(user).stream().filter((m) -> m.get("text").asString().startsWith(help)).count();
	}

	private void awaitHelp(long user, int count) {
		String help = this.messages.format(Language.KA, "help.commands");
		this.sandbox.awaitChat(user,
				(chat) -> chat.get("messages")
					.valueStream()
					.filter((m) -> m.get("fromBot").asBoolean() && m.get("text").asString().startsWith(help))
					.count() >= count);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
