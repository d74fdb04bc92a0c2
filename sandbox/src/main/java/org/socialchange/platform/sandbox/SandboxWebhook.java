package org.socialchange.platform.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts the sandbox's updates to the bot's webhook while one is set, as Telegram does: as
 * JSON, with the secret in {@code X-Telegram-Bot-Api-Secret-Token}, one at a time in
 * update order; an update stays pending until the webhook answered it with 2xx, and after
 * a failure the webhook is tried again after a pause (see
 * {@link SandboxTelegram#webhookAnswered}). Runs on daemon threads of its own, stopped by
 * {@link #close()}.
 */
class SandboxWebhook implements AutoCloseable {

	static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

	/** What Telegram accepts as a webhook's {@code secret_token}. */
	static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

	static final Duration FIRST_RETRY = Duration.ofSeconds(1);

	static final Duration LAST_RETRY = Duration.ofSeconds(60);

	private static final Pattern LOOPBACK_IPV4 = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

	private static final Logger log = LoggerFactory.getLogger(SandboxWebhook.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SandboxTelegram telegram;

	private final ExecutorService poster;

	private final ExecutorService httpThreads;

	private final HttpClient http;

	SandboxWebhook(SandboxTelegram telegram) {
		this.telegram = telegram;
		this.poster = Executors.newSingleThreadExecutor(daemons("sandbox-webhook"));
		this.httpThreads = Executors.newCachedThreadPool(daemons("sandbox-webhook-http"));
		this.http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.executor(this.httpThreads)
			.build();
	}

	void start() {
		this.poster.execute(this::post);
	}

	private void post() {
		try {
			SandboxWebhook.Delivery delivery;
			while ((delivery = this.telegram.nextWebhookDelivery()) != null) {
				this.telegram.webhookAnswered(delivery, send(delivery));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Posts one update: null when the webhook took it, else what went wrong. */
	private String send(Delivery delivery) throws InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(delivery.target().url())
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(delivery.update())));
		if (delivery.target().secret() != null) {
			request.header(SECRET_HEADER, delivery.target().secret());
		}
		try {
			int status = this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status / 100 == 2) {
				return null;
			}
			log.debug("The webhook answered {} to update {}", status, delivery.update().get("update_id"));
			return "Wrong response from the webhook: " + status;
		}
		catch (IOException ex) {
			log.debug("The webhook could not be reached: {}", ex.toString());
			return "Connection failed: " + ex.getClass().getSimpleName()
					+ ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
		}
	}

	@Override
	public void close() {
		this.poster.shutdownNow();
		this.httpThreads.shutdownNow();
		try {
			this.poster.awaitTermination(2, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Whether a host is this machine, judged by its name alone: {@code localhost} or a
	 * loopback address literal, never a name looked up.
	 */
	static boolean loopback(String host) {
		if (host == null) {
			return false;
		}
		String bare = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		return bare.equalsIgnoreCase("localhost") || LOOPBACK_IPV4.matcher(bare).matches() || bare.equals("::1")
				|| bare.equals("0:0:0:0:0:0:0:1");
	}

	private static ThreadFactory daemons(String name) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/** Where the webhook is: its URL and the secret sent along (null: none). */
	record Target(URI url, String secret) {

		@Override
		public String toString() {
			return "Target[url=" + this.url + ", secret=" + ((this.secret != null) ? "******" : "none") + "]";
		}

	}

	/** One update to post, and where. */
	record Delivery(Target target, Map<String, Object> update) {

	}

}
