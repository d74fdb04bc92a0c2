package org.socialchange.platform.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.PlatformApplication;
import org.socialchange.platform.broadcasts.Broadcast;
import org.socialchange.platform.broadcasts.BroadcastDraft;
import org.socialchange.platform.broadcasts.BroadcastManagement;
import org.socialchange.platform.broadcasts.BroadcastProgress;
import org.socialchange.platform.broadcasts.Timing;
import org.socialchange.platform.delivery.DeliverySettings;
import org.socialchange.platform.educators.EducatorAudience.Filter;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.sandbox.SandboxMode;
import org.socialchange.platform.translations.Language;

import static org.socialchange.platform.bench.SandboxHttp.get;
import static org.socialchange.platform.bench.SandboxHttp.percentile;
import static org.socialchange.platform.bench.SandboxHttp.post;

/**
 * Runs the real platform in sandbox mode, with the sandbox enforcing Telegram's limits
 * (429 with retry_after), sends a broadcast to N registered educators at the free 30/s
 * limit, and in paid-broadcast mode at 1000/s twice (the first of a fresh JVM, cold, and
 * the same again, warm), probes interactive reply latency while each runs, and prints the
 * figures, the platform's Prometheus metrics halfway through each, and the sandbox's own
 * capacity on this machine as the baseline.
 */
public final class DeliveryBenchmark {

	private static final int PROBERS = 5;

	private static final Set<Network> MEASURED = Set.of(Network.ALUMNI, Network.CHILDRENS_RIGHTS);

	private DeliveryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int recipients = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		System.out.printf(Locale.ROOT, "Delivery benchmark: %d recipients, %d cores, %d MiB max heap, %s%n", recipients,
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, Instant.now());
		List<String> report = new ArrayList<>();
		String mode = (args.length > 1) ? args[1] : "all";
		if (!mode.equals("free")) {
			report.add(run("paid " + Integer.getInteger("bench.paidLimit", 1000) + "/s", recipients, true));
			System.out.println(report.get(report.size() - 1));
		}
		if (!mode.equals("paid")) {
			report.add(run("free 30/s", recipients, false));
		}
		System.out.println();
		System.out.println("=== Delivery benchmark results ===");
		report.forEach(System.out::println);
		System.exit(0);
	}

	private static String run(String name, int recipients, boolean paid) throws Exception {
		Path dataDir = Files.createTempDirectory("platform-bench-");
		// command-line arguments: they take precedence over application.yaml
		List<String> arguments = new ArrayList<>(
				List.of("--server.port=0", "--platform.data-dir=" + dataDir, "--platform.telegram.token=",
						"--platform.admin.email=bench@example.org", "--platform.admin.password=benchmark password",
						"--logging.level.root=warn", "--platform.delivery.paid-broadcast=" + paid,
						"--platform.sandbox.save-interval=60s", "--management.server.port=0",
						// measured broadcasts go at once, not after a second
						// coordinator's
						// approval
						"--platform.broadcasts.approval-threshold=" + Integer.MAX_VALUE));
		// the defaults (8 x 4 free, 20 x 20 paid) unless set
		if (System.getProperty("bench.concurrency") != null) {
			arguments.add("--platform.delivery.concurrency=" + System.getProperty("bench.concurrency"));
		}
		// Telegram's paid limit raised on both sides (-Dbench.paidLimit=2000): what the
		// engine and the stand-in reach on this machine when the limit is not what holds
		// them
		if (System.getProperty("bench.paidLimit") != null) {
			arguments.add("--platform.delivery.paid-per-second=" + System.getProperty("bench.paidLimit"));
			arguments.add("--platform.sandbox.paid-per-second=" + System.getProperty("bench.paidLimit"));
		}
		if (System.getProperty("bench.batch") != null) {
			arguments.add("--platform.delivery.batch=" + System.getProperty("bench.batch"));
		}
		try (ConfigurableApplicationContext platform = new SpringApplicationBuilder(PlatformApplication.class)
			.run(arguments.toArray(String[]::new))) {
			String base = "http://127.0.0.1:" + ((WebServerApplicationContext) platform).getWebServer().getPort();
			JdbcTemplate jdbc = platform.getBean(JdbcTemplate.class);
			List<Long> users = new ArrayList<>();
			post(base + "/sandbox/api/users/bulk",
					Map.of("count", recipients, "firstName", "Bench", "languageCode", "ru"))
				.get("ids")
				.forEach((id) -> users.add(id.asLong()));
			insertEducators(jdbc, users);
			List<Long> probers = new ArrayList<>();
			post(base + "/sandbox/api/users/bulk",
					Map.of("count", PROBERS, "firstName", "Prober", "languageCode", "en"))
				.get("ids")
				.forEach((id) -> probers.add(id.asLong()));
			// one reply per prober before the broadcast, so the figures are not the first
			// request's class loading and JIT warm-up
			for (long prober : probers) {
				probeOnce(base, prober);
			}
			// Prometheus scrapes from the moment the platform is up (every 15 s by
			// default), so its first scrape comes before any broadcast
			Prometheus.scrape(platform);
			if (!paid) {
				return measure(platform, base, name, recipients, probers, Duration.ofSeconds(2));
			}
			// the first broadcast of a fresh JVM, then the same again on compiled code
			// (bench.rounds broadcasts in all, three by default)
			List<String> rounds = new ArrayList<>();
			int count = Integer.getInteger("bench.rounds", 3);
			for (int round = 1; round <= count; round++) {
				String label = (round == 1) ? ", cold" : (count == 2) ? ", warm" : ", warm " + (round - 1);
				rounds.add(measure(platform, base, name + label, recipients, probers, Duration.ofMillis(250)));
				System.out.println(rounds.get(rounds.size() - 1));
			}
			rounds.add(ceiling(base, users, platform.getBean(DeliverySettings.class)));
			return String.join(System.lineSeparator(), rounds);
		}
	}

	/**
	 * Sends one broadcast to the recipients through {@code BroadcastManagement} (the
	 * admin web's path) and measures it while probing reply latency.
	 */
	private static String measure(ConfigurableApplicationContext platform, String base, String name, int recipients,
			List<Long> probers, Duration pause) throws Exception {
		DeliverySettings settings = platform.getBean(DeliverySettings.class);
		JdbcTemplate jdbc = platform.getBean(JdbcTemplate.class);
		BroadcastManagement broadcasts = platform.getBean(BroadcastManagement.class);
		long tooManyBefore = get(base + "/sandbox/api/stats").get("tooManyRequests").asLong();
		String marker = "bench-" + UUID.randomUUID();
		Instant scheduled = Instant.now();
		Broadcast broadcast = broadcasts.schedule(draft(marker, MEASURED), "bench@example.org", EducatorScope.all());
		AtomicBoolean running = new AtomicBoolean(true);
		List<Reply> latencies = Collections.synchronizedList(new ArrayList<>());
		Thread probe = new Thread(() -> probe(base, probers, pause, running, latencies), "reply-probe");
		probe.start();
		BroadcastProgress progress = broadcasts.progress(broadcast.id(), EducatorScope.all());
		Instant lastReport = Instant.now();
		String metrics = null;
		while (!progress.finished()) {
			Thread.sleep(500);
			progress = broadcasts.progress(broadcast.id(), EducatorScope.all());
			if (metrics == null && progress.sent() > progress.total() / 2) {
				metrics = Prometheus.scrape(platform);
			}
			if (Duration.between(lastReport, Instant.now()).toSeconds() >= 15) {
				System.out.printf(Locale.ROOT, "  [%s] %d/%d sent, %.1f msg/s%n", name, progress.sent(),
						progress.total(), progress.ratePerSecond());
				lastReport = Instant.now();
			}
		}
		Instant finished = Instant.now();
		running.set(false);
		probe.join();
		if (metrics != null) {
			System.out.println("  /actuator/prometheus halfway through (" + name + "):");
			System.out.print(metrics);
		}

		Map<String, Object> span = jdbc
			.queryForMap("select min(finished_at) as first, max(finished_at) as last, count(*) as sent from deliveries "
					+ "where source_id = ? and state = 'SENT'", broadcast.id());
		long sent = ((Number) span.get("sent")).longValue();
		double seconds = Duration
			.between(((Timestamp) span.get("first")).toInstant(), ((Timestamp) span.get("last")).toInstant())
			.toNanos() / 1e9;
		double rate = (sent - 1) / seconds;
		JsonNode stats = get(base + "/sandbox/api/stats?marker=" + marker);
		long tooMany = stats.get("tooManyRequests").asLong() - tooManyBefore;
		long duplicates = stats.get("markerMessages").asLong() - stats.get("chatsWithOne").asLong()
				- stats.get("chatsWithMore").asLong();
		long lost = recipients - stats.get("chatsWithOne").asLong() - stats.get("chatsWithMore").asLong();
		List<Long> atTelegram = latencies.stream().map(Reply::atTelegram).toList();
		List<Long> atUser = latencies.stream().map(Reply::atUser).toList();
		System.out.println("  [" + name + "] reply latencies in the order of the probes (ms), at Telegram: "
				+ atTelegram + "; at the user's side: " + atUser);
		return String.format(Locale.ROOT,
				"%s: %d recipients, %d sent in %.1f s (schedule to done %.1f s): %.1f msg/s; 429 received: %d; "
						+ "duplicates: %d; lost: %d; not sent (failed/blocked/expired): %d; "
						+ "reply latency while sending (%d probes), at Telegram: %s; at the user's side: %s; "
						+ "workers %d x batch %d (in-flight bound %d)",
				name, recipients, sent, seconds, Duration.between(scheduled, finished).toMillis() / 1000.0, rate,
				tooMany, duplicates, lost, progress.failed() + progress.blocked() + progress.expired(),
				latencies.size(), spread(atTelegram), spread(atUser), settings.concurrency(), settings.batch(),
				settings.inFlightBound());
	}

	/**
	 * The baseline, in the same run: an ideal sender at the engine's pace (the paid limit
	 * less the headroom). As many threads as the engine has workers call the sandbox's
	 * sendMessage with a minimal client (no database, no engine, no library), each call
	 * at its own instant of that pace, with what the engine sends for the broadcast. What
	 * it reaches is the most the engine could under the same limit on the same machine;
	 * the gap is what the engine costs. Refused calls (429) are counted, not retried.
	 */
	private static String ceiling(String base, List<Long> users, DeliverySettings settings)
			throws InterruptedException {
		int threads = settings.concurrency();
		double pace = settings.paidPerSecond() * (1 - settings.headroom());
		int calls = users.size();
		String url = base + "/sandbox/telegram/bot" + SandboxMode.TOKEN + "/sendMessage";
		AtomicInteger next = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		List<Thread> workers = new ArrayList<>();
		long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			Thread worker = new Thread(() -> {
				int i;
				while ((i = next.getAndIncrement()) < calls) {
					long due = start + (long) (i * 1e9 / pace);
					try {
						TimeUnit.NANOSECONDS.sleep(due - System.nanoTime());
						// what the engine sends for a broadcast: the text and its link
						// button
						post(url, Map.of("chat_id", users.get(i), "text", "Новости сети ceiling " + i,
								"allow_paid_broadcast", true, "reply_markup", Map.of("inline_keyboard", List
									.of(List.of(Map.of("text", "Read more", "url", "https://example.org/news"))))));
					}
					catch (IllegalStateException ex) {
						refused.incrementAndGet();
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			workers.add(worker);
			worker.start();
		}
		for (Thread worker : workers) {
			worker.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return String.format(Locale.ROOT,
				"baseline, same run: an ideal sender at the engine's pace (%.0f/s; %d threads of a minimal client, "
						+ "no database, no engine) has %d paid sendMessage calls answered in %.1f s: %.1f calls/s; "
						+ "refused: %d",
				pace, threads, calls, seconds, calls / seconds, refused.get());
	}

	/**
	 * Writes /help as a person would, in turn from a few users (each well under one
	 * message per second), pausing between probes (two seconds at the free limit, whose
	 * budget replies share), and measures until the bot's answer is there; an answer
	 * missing after ten seconds counts as ten seconds.
	 */
	private static void probe(String base, List<Long> users, Duration pause, AtomicBoolean running,
			List<Reply> latencies) {
		int next = 0;
		while (running.get()) {
			try {
				latencies.add(probeOnce(base, users.get(next++ % users.size())));
				Thread.sleep(pause.toMillis());
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private static Reply probeOnce(String base, long user) {
		long start = System.nanoTime();
		long deadline = start + Duration.ofSeconds(10).toNanos();
		int messageId = post(base + "/sandbox/api/users/" + user + "/messages", Map.of("text", "/help"))
			.get("messageId")
			.asInt();
		long since = 0;
		while (System.nanoTime() < deadline) {
			JsonNode chat = get(base + "/sandbox/api/users/" + user + "/chat?since=" + since + "&wait=2");
			JsonNode written = chat.get("messages")
				.valueStream()
				.filter((m) -> m.get("messageId").asInt() == messageId)
				.findFirst()
				.orElseThrow();
			Long answered = chat.get("messages")
				.valueStream()
				.filter((m) -> m.get("fromBot").asBoolean() && m.get("messageId").asInt() > messageId)
				.findFirst()
				.map((m) -> m.get("millis").asLong() - written.get("millis").asLong())
				.orElse(null);
			if (answered != null) {
				return new Reply(answered, (System.nanoTime() - start) / 1_000_000);
			}
			since = chat.get("version").asLong();
		}
		long missing = Duration.ofSeconds(10).toMillis();
		return new Reply(missing, missing);
	}

	/**
	 * How long the bot took to answer a person: from the moment Telegram had their
	 * message until it had the bot's answer (the stand-in's clock), and at their side,
	 * from writing until the answer was there (the probing client's clock, with its calls
	 * to the stand-in's own web API).
	 */
	private record Reply(long atTelegram, long atUser) {
	}

	/** p50, p99 and max of latencies in milliseconds. */
	private static String spread(List<Long> latencies) {
		List<Long> sorted = latencies.stream().sorted().toList();
		return String.format(Locale.ROOT, "p50 %d ms, p99 %d ms, max %d ms", percentile(sorted, 50),
				percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
	}

	private static BroadcastDraft draft(String marker, Set<Network> networks) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		texts.put(Language.RU, "Новости сети " + marker);
		texts.put(Language.HY, "Ցանցի նորություններ " + marker);
		texts.put(Language.KA, "ქსელის სიახლეები " + marker);
		texts.put(Language.AZ, "Şəbəkə xəbərləri " + marker);
		texts.put(Language.TG, "Хабарҳои шабака " + marker);
		texts.put(Language.EN, "Network news " + marker);
		return new BroadcastDraft(texts, Language.EN, "Read more", "https://example.org/news",
				new Filter(Set.of(), Set.of(), networks), Timing.NOW, null, ZoneOffset.UTC, null);
	}

	private static void insertEducators(JdbcTemplate jdbc, List<Long> users) {
		String[] languages = { "ru", "hy", "ka", "az", "tg", "en" };
		String[] countries = { "RU", "AM", "GE", "AZ", "TJ", "AM" };
		String[] zones = { "Europe/Moscow", "Asia/Yerevan", "Asia/Tbilisi", "Asia/Baku", "Asia/Dushanbe",
				"Asia/Yerevan" };
		jdbc.batchUpdate("""
				insert into educators (telegram_user_id, chat_id, language, time_zone, joined_at, updated_at,
				    registered_at, country, network)
				values (?, ?, ?, ?, now(), now(), now(), ?, ?)""", users, 1000, (statement, user) -> {
			int i = (int) (user % languages.length);
			statement.setLong(1, user);
			statement.setLong(2, user);
			statement.setString(3, languages[i]);
			statement.setString(4, zones[i]);
			statement.setString(5, countries[i]);
			statement.setString(6, (user % 2 == 0) ? "ALUMNI" : "CHILDRENS_RIGHTS");
		});
	}

}
