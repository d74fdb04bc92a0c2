package org.socialchange.platform.bench;

import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.socialchange.platform.PlatformApplication;
import org.socialchange.platform.bot.TelegramSettings;

import static org.socialchange.platform.bench.SandboxHttp.get;
import static org.socialchange.platform.bench.SandboxHttp.percentile;
import static org.socialchange.platform.bench.SandboxHttp.post;

/**
 * Runs the real platform in sandbox mode, lets N new users write {@code /start} at the
 * same instant, and prints how fast all of them had the bot's answer, the 429s the
 * sandbox answered meanwhile and the per-user answer latency: first with updates handled
 * one at a time (the baseline), then with the default handler threads.
 */
public final class BurstBenchmark {

	private static final int WARM_UP_USERS = 10;

	private static final int WARM_UP_BURST = 40;

	private static final int SENDERS = 50;

	/**
	 * Round trips of each Bot API call: none (the sandbox on the same machine) and one as
	 * from the five countries to Telegram's servers.
	 */
	private static final List<Duration> LATENCIES = List.of(Duration.ZERO, Duration.ofMillis(100));

	private static final Duration POLL = Duration.ofMillis(10);

	private static final Duration GIVE_UP = Duration.ofMinutes(2);

	private static final String FIRST_NAME = "Burst";

	private static final String LANGUAGE = "en";

	private BurstBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int users = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		System.out.printf(Locale.ROOT, "Burst benchmark: %d users, %d cores, %d MiB max heap, load average %.1f, %s%n",
				users, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load(),
				Instant.now());
		// a whole unmeasured run first: compiled code is the JVM's, not the platform's
		System.out.println(run(users, null, Duration.ZERO, true));
		List<String> report = new ArrayList<>();
		for (Duration latency : LATENCIES) {
			report.add(run(users, "1", latency, false));
			System.out.println(report.get(report.size() - 1));
			report.add(run(users, null, latency, false));
			System.out.println(report.get(report.size() - 1));
		}
		System.out.println();
		System.out.println("=== Burst benchmark results ===");
		report.forEach(System.out::println);
		System.out.println("goal: >= 28.5 msg/s with 0 x 429");
		System.exit(0);
	}

	/**
	 * One run against a fresh platform; {@code handlerThreads} null keeps the default,
	 * and every Bot API call takes {@code latency} to answer.
	 */
	private static String run(int users, String handlerThreads, Duration latency, boolean warmUp) throws Exception {
		Path dataDir = Files.createTempDirectory("platform-bench-");
		// command-line arguments: they take precedence over application.yaml
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--platform.data-dir=" + dataDir,
				"--platform.telegram.token=", "--platform.admin.email=bench@example.org",
				"--platform.admin.password=benchmark password", "--logging.level.root=warn"));
		if (handlerThreads != null) {
			arguments.add("--platform.telegram.handler-threads=" + handlerThreads);
		}
		arguments.add("--platform.sandbox.latency=" + latency.toMillis() + "ms");
		try (ConfigurableApplicationContext platform = new SpringApplicationBuilder(PlatformApplication.class)
			.run(arguments.toArray(String[]::new))) {
			String base = "http://127.0.0.1:" + ((WebServerApplicationContext) platform).getWebServer().getPort();
			String name = (handlerThreads != null) ? "one at a time (baseline)"
					: "concurrent (" + handlers(platform.getBean(TelegramSettings.class)) + ")";
			name += ", Bot API round trip " + latency.toMillis() + " ms";
			if (warmUp) {
				name = "warm-up run, not counted";
			}
			String marker = warmUp(base);
			// the concurrent paths too, so neither run pays more of the JIT's warm-up
			burst(base, createUsers(base, WARM_UP_BURST, FIRST_NAME), marker, answered(base, marker));
			// a full second's worth of the sandbox's global limit, as before any burst
			Thread.sleep(1500);
			List<Long> burst = createUsers(base, users, FIRST_NAME);
			long answeredBefore = answered(base, marker);
			long tooManyBefore = get(base + "/sandbox/api/stats").get("tooManyRequests").asLong();
			Burst result = burst(base, burst, marker, answeredBefore);
			long tooMany = get(base + "/sandbox/api/stats").get("tooManyRequests").asLong() - tooManyBefore;
			return String.format(Locale.ROOT,
					"burst %d /start, %s: %.1f msg/s, 429: %d, p50 %d ms, p99 %d ms (%d/%d answered %.1f s after "
							+ "the first send; sends spread over %d ms; %d + %d warm-up /start excluded; load average %.1f)",
					users, name, result.answered() / result.seconds(), tooMany, percentile(result.latencies(), 50),
					percentile(result.latencies(), 99), result.answered(), users, result.seconds(),
					result.spreadMillis(), WARM_UP_USERS, WARM_UP_BURST, load());
		}
	}

	/**
	 * {@code /start} from a few other users in turn, each awaited, so the burst runs on
	 * loaded, JIT-compiled code; answers the start of the bot's answer, which every new
	 * user of the same name and language gets.
	 */
	private static String warmUp(String base) {
		String marker = null;
		for (long user : createUsers(base, WARM_UP_USERS, FIRST_NAME)) {
			int messageId = post(base + "/sandbox/api/users/" + user + "/messages", Map.of("text", "/start"))
				.get("messageId")
				.asInt();
			String answer = awaitAnswer(base, user, messageId);
			String start = answer.lines().findFirst().orElse(answer);
			start = start.substring(0, Math.min(start.length(), 40));
			if (marker != null && !marker.equals(start)) {
				throw new IllegalStateException("new users got different answers: " + marker + " / " + start);
			}
			marker = start;
		}
		return marker;
	}

	private static String awaitAnswer(String base, long user, int messageId) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		long since = 0;
		while (System.nanoTime() < deadline) {
			JsonNode chat = get(base + "/sandbox/api/users/" + user + "/chat?since=" + since + "&wait=5");
			for (JsonNode message : chat.get("messages")) {
				if (message.get("fromBot").asBoolean() && message.get("messageId").asInt() > messageId) {
					return message.get("text").asString();
				}
			}
			since = chat.get("version").asLong();
		}
		throw new IllegalStateException("no answer to /start of warm-up user " + user);
	}

	/**
	 * Fires every user's {@code /start} at once from a pool of senders and watches the
	 * sandbox's count of answered chats (one cheap request every {@link #POLL}) until all
	 * have the answer. The k-th answer's latency is counted from the first send, so it
	 * may be high by at most the spread of the sends.
	 */
	private static Burst burst(String base, List<Long> users, String marker, long answeredBefore) throws Exception {
		ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
		try {
			// every sender opens its connection (and the server its thread) before the
			// burst
			CountDownLatch together = new CountDownLatch(SENDERS);
			List<Future<JsonNode>> opened = new ArrayList<>();
			for (int i = 0; i < SENDERS; i++) {
				opened.add(senders.submit(() -> {
					together.countDown();
					together.await();
					return get(base + "/sandbox/api/stats");
				}));
			}
			for (Future<JsonNode> open : opened) {
				open.get();
			}
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Long>> sends = new ArrayList<>();
			for (long user : users) {
				sends.add(senders.submit(() -> {
					go.await();
					post(base + "/sandbox/api/users/" + user + "/messages", Map.of("text", "/start"));
					return System.nanoTime();
				}));
			}
			long start = System.nanoTime();
			go.countDown();
			List<Long> latencies = new ArrayList<>();
			long deadline = start + GIVE_UP.toNanos();
			long end = start;
			while (latencies.size() < users.size() && System.nanoTime() < deadline) {
				Thread.sleep(POLL.toMillis());
				long answered = answered(base, marker) - answeredBefore;
				long now = System.nanoTime();
				if (latencies.size() < answered) {
					end = now;
				}
				while (latencies.size() < Math.min(answered, users.size())) {
					latencies.add((now - start) / 1_000_000);
				}
			}
			long lastSent = start;
			for (Future<Long> send : sends) {
				lastSent = Math.max(lastSent, send.get());
			}
			return new Burst(latencies.size(), (end - start) / 1e9, latencies, (lastSent - start) / 1_000_000);
		}
		finally {
			senders.shutdownNow();
		}
	}

	/** Chats with a bot message containing the marker. */
	private static long answered(String base, String marker) {
		JsonNode stats = get(base + "/sandbox/api/stats?marker=" + URLEncoder.encode(marker, StandardCharsets.UTF_8));
		return stats.get("chatsWithOne").asLong() + stats.get("chatsWithMore").asLong();
	}

	private static String handlers(TelegramSettings settings) {
		return settings.handlerThreads() + " handler threads";
	}

	/** The machine's load average: figures from a busy machine are not comparable. */
	private static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static List<Long> createUsers(String base, int count, String firstName) {
		List<Long> users = new ArrayList<>();
		post(base + "/sandbox/api/users/bulk", Map.of("count", count, "firstName", firstName, "languageCode", LANGUAGE))
			.get("ids")
			.forEach((id) -> users.add(id.asLong()));
		return users;
	}

	/**
	 * How a burst went: answers seen, seconds from the first send until the last was
	 * seen.
	 */
	private record Burst(int answered, double seconds, List<Long> latencies, long spreadMillis) {
	}

}
