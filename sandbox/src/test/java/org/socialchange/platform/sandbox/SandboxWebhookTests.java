package org.socialchange.platform.sandbox;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.objects.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * While a webhook is set the sandbox posts its updates there as Telegram does (JSON, the
 * secret header, one at a time in order, again after a failure) and refuses
 * {@code getUpdates}; it refuses webhooks Telegram would refuse and any that leave this
 * machine.
 */
class SandboxWebhookTests {

	private static final ObjectMapper TELEGRAMBOTS_JSON = new ObjectMapper();

	private static final String SECRET = "Sandbox_webhook-secret1";

	@TempDir
	Path directory;

	SandboxTelegram telegram;

	SandboxWebhook poster;

	HttpServer receiver;

	final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	final AtomicInteger answer = new AtomicInteger(200);

	long anna;

	@BeforeEach
	void start() throws IOException {
		SandboxSettings settings = new SandboxSettings(false, 30, 1000, 20, Duration.ofSeconds(1), 20, Duration.ZERO,
				SandboxSettings.Access.LOOPBACK);
		this.telegram = new SandboxTelegram(new SandboxStore(this.directory), Clock.systemUTC(),
				new SandboxLimits(settings));
		this.poster = new SandboxWebhook(this.telegram);
		this.poster.start();
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/hook", (exchange) -> {
			this.received
				.add(new Received(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Content-Type"),
						exchange.getRequestHeaders().getFirst(SandboxWebhook.SECRET_HEADER),
						TELEGRAMBOTS_JSON.readValue(
								new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
								Update.class)));
			exchange.sendResponseHeaders(this.answer.get(), -1);
			exchange.close();
		});
		this.receiver.start();
		this.anna = this.telegram.createUser("Anna", "en").id();
	}

	@AfterEach
	void stop() {
		this.poster.close();
		this.telegram.close();
		this.receiver.stop(0);
	}

	@Test
	void postsEachUpdateInOrderWithTheSecretAndRefusesGetUpdatesMeanwhile() throws Exception {
		assertThat(setWebhook(Map.of("url", hook(), "secret_token", SECRET))).isTrue();
		assertThat(this.telegram.getWebhookInfo()).containsEntry("url", hook())
			.containsEntry("pending_update_count", 0);

		for (String text : List.of("one", "two", "three")) {
			this.telegram.userWrites(this.anna, text, false);
		}
		List<Received> posts = List.of(next(), next(), next());
		assertThat(posts).extracting((post) -> post.update().getMessage().getText())
			.containsExactly("one", "two", "three");
		assertThat(posts).allSatisfy((post) -> {
			assertThat(post.method()).isEqualTo("POST");
			assertThat(post.contentType()).isEqualTo("application/json");
			assertThat(post.secret()).isEqualTo(SECRET);
		});
		assertThat(posts.get(1).update().getUpdateId()).isEqualTo(posts.get(0).update().getUpdateId() + 1);
		awaitPending(0);

		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> this.telegram.getUpdates(0, 100, 0))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(409))
			.withMessage("Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
					+ "delete the webhook first");

		assertThat(this.telegram.deleteWebhook(request(Map.of()))).isTrue();
		assertThat(this.telegram.getWebhookInfo()).containsEntry("url", "");
		this.telegram.userWrites(this.anna, "four", false);
		assertThat(this.telegram.getUpdates(0, 100, 0)).singleElement()
			.satisfies((update) -> assertThat(update).containsKey("message"));
		assertThat(this.received.poll(300, TimeUnit.MILLISECONDS)).as("nothing posted without a webhook").isNull();
	}

	@Test
	void aPollWaitingWhenTheWebhookIsSetIsAnsweredWithAConflict() throws Exception {
		Thread setter = new Thread(() -> {
			sleep(300);
			setWebhook(Map.of("url", hook(), "secret_token", SECRET));
		});
		setter.start();
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> this.telegram.getUpdates(0, 100, 10))
			.satisfies((error) -> assertThat(error.code()).isEqualTo(409));
		setter.join();
	}

	@Test
	void anUpdateTheWebhookFailedIsKeptAndPostedAgainBeforeTheNextOne() throws Exception {
		this.answer.set(500);
		setWebhook(Map.of("url", hook(), "secret_token", SECRET));
		this.telegram.userWrites(this.anna, "first", false);
		this.telegram.userWrites(this.anna, "second", false);

		Received failed = next();
		assertThat(failed.update().getMessage().getText()).isEqualTo("first");
		Map<String, Object> info = awaitInfo((webhook) -> webhook.get("last_error_message") != null);
		assertThat(info).containsEntry("pending_update_count", 2)
			.containsEntry("last_error_message", "Wrong response from the webhook: 500");
		assertThat((Long) info.get("last_error_date")).isCloseTo(System.currentTimeMillis() / 1000, Offset.offset(5L));

		this.answer.set(200);
		List<Received> retried = List.of(next(), next());
		assertThat(retried).extracting((post) -> post.update().getMessage().getText())
			.containsExactly("first", "second");
		assertThat(retried.get(0).update().getUpdateId()).isEqualTo(failed.update().getUpdateId());
		awaitPending(0);
	}

	@Test
	void aWebhookThatCannotBeReachedKeepsItsUpdatesPending() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		setWebhook(Map.of("url", "http://127.0.0.1:" + closedPort + "/hook", "secret_token", SECRET));
		this.telegram.userWrites(this.anna, "lost?", false);
		Map<String, Object> info = awaitInfo((webhook) -> webhook.get("last_error_message") != null);
		assertThat((String) info.get("last_error_message")).startsWith("Connection failed");
		assertThat(info).containsEntry("pending_update_count", 1);
	}

	@Test
	void dropsPendingUpdatesWhenAskedAndPostsOnlyTheKindsAskedFor() throws Exception {
		this.telegram.userWrites(this.anna, "before the webhook", false);
		assertThat(this.telegram.getWebhookInfo()).containsEntry("pending_update_count", 1);
		// as TelegramBots sends them: multipart, allowed_updates a JSON string
		setWebhook(Map.of("url", hook(), "secret_token", SECRET, "drop_pending_updates", "true", "allowed_updates",
				"[\"message\"]"));
		assertThat(this.telegram.getWebhookInfo()).containsEntry("pending_update_count", 0)
			.containsEntry("allowed_updates", List.of("message"));

		this.telegram.userBlocks(this.anna, true);
		this.telegram.userWrites(this.anna, "after", false);
		Received post = next();
		assertThat(post.update().hasMyChatMember()).as("my_chat_member was not asked for").isFalse();
		assertThat(post.update().getMessage().getText()).isEqualTo("after");
		awaitPending(0);

		// without allowed_updates the earlier choice stays, as in Telegram
		setWebhook(Map.of("url", hook(), "secret_token", SECRET));
		assertThat(this.telegram.getWebhookInfo()).containsEntry("allowed_updates", List.of("message"));
	}

	@Test
	void refusesWebhooksTelegramWouldRefuseOrThatLeaveThisMachine() {
		assertRefused(Map.of("url", "ftp://127.0.0.1/hook"),
				"Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
		assertRefused(Map.of("url", "https://platform.example.org/hook", "secret_token", SECRET),
				"Bad Request: bad webhook: the sandbox posts updates only to this machine (localhost, 127.0.0.1 or ::1)");
		assertRefused(Map.of("url", "http://10.1.2.3/hook"),
				"Bad Request: bad webhook: the sandbox posts updates only to this machine (localhost, 127.0.0.1 or ::1)");
		assertRefused(Map.of("url", hook(), "secret_token", "not allowed!"),
				"Bad Request: secret token contains unallowed characters");
		assertRefused(Map.of("url", hook(), "secret_token", "x".repeat(257)),
				"Bad Request: secret token contains unallowed characters");
		assertRefused(Map.of("url", hook(), "allowed_updates", "message"),
				"Bad Request: can't parse allowed updates JSON array");
		assertThat(this.telegram.getWebhookInfo()).containsEntry("url", "");
	}

	@Test
	void anEmptyUrlRemovesTheWebhook() throws Exception {
		setWebhook(Map.of("url", hook(), "secret_token", SECRET));
		setWebhook(Map.of("url", ""));
		assertThat(this.telegram.getWebhookInfo()).containsEntry("url", "");
		assertThat(this.telegram.getUpdates(0, 100, 0)).isEmpty();
	}

	private void assertRefused(Map<String, Object> parameters, String description) {
		assertThatExceptionOfType(BotApiError.class).isThrownBy(() -> setWebhook(parameters))
			.withMessage(description)
			.satisfies((error) -> assertThat(error.code()).isEqualTo(400));
	}

	private boolean setWebhook(Map<String, Object> parameters) {
		return this.telegram.setWebhook(request(parameters));
	}

	private String hook() {
		return "http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/hook";
	}

	private Received next() throws InterruptedException {
		Received post = this.received.poll(10, TimeUnit.SECONDS);
		assertThat(post).as("an update was posted to the webhook").isNotNull();
		return post;
	}

	private void awaitPending(int count) throws InterruptedException {
		assertThat(awaitInfo((webhook) -> Integer.valueOf(count).equals(webhook.get("pending_update_count"))))
			.containsEntry("pending_update_count", count);
	}

	/** The webhook's info once it satisfies the condition, or after ten seconds. */
	private Map<String, Object> awaitInfo(Predicate<Map<String, Object>> condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		Map<String, Object> info = this.telegram.getWebhookInfo();
		while (!condition.test(info) && System.nanoTime() < deadline) {
			Thread.sleep(20);
			info = this.telegram.getWebhookInfo();
		}
		return info;
	}

	private static BotApiRequest request(Map<String, Object> parameters) {
		return new BotApiRequest(new HashMap<>(parameters), Map.of());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	record Received(String method, String contentType, String secret, Update update) {
	}

}
