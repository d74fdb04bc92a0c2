package org.socialchange.platform.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.SandboxClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialchange.platform.journeys.PlatformProcess.await;
import static org.socialchange.platform.journeys.PlatformProcess.deliveries;
import static org.socialchange.platform.journeys.PlatformProcess.enqueue;
import static org.socialchange.platform.journeys.PlatformProcess.insertEducators;
import static org.socialchange.platform.journeys.PlatformProcess.tableExists;

/**
 * Two instances of the platform, each a JVM of its own, on one PostgreSQL, with the
 * sandbox of this test's platform as their Telegram (this platform does not poll it):
 * users' updates are handled once, by the one instance that polls; a broadcast goes out
 * once to everyone, sent by both instances together within Telegram's 30 messages a
 * second (the sandbox answers 429 beyond it); both run Quartz as one cluster; and when
 * the polling instance is killed, the other polls within 30 seconds.
 */
@PlatformTest
@TestPropertySource(properties = "platform.telegram.polling=false")
class TwoInstancesTests {

	static final int USERS = 12;

	static final int RECIPIENTS = 240;

	@LocalServerPort
	int port;

	@TempDir
	Path first;

	@TempDir
	Path second;

	@Test
	void twoInstancesShareTheWorkAndTheLimitAndTheSecondTakesOverPolling() throws Exception {
		SandboxClient sandbox = new SandboxClient(this.port);
		try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
			JdbcTemplate jdbc = new JdbcTemplate(database.getPostgresDatabase());
			List<String> external = List.of("--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres");
			Process a = PlatformProcess.start(this.port, this.first, external, "two-instances-a");
			// the second starts once the first migrated the database
			await(Duration.ofSeconds(120), () -> tableExists(() -> jdbc, "deliveries"), a);
			Process b = PlatformProcess.start(this.port, this.second, external, "two-instances-b");
			try {
				await(Duration.ofSeconds(120), () -> quartzInstances(jdbc) == 2, a, b);

				// every update handled once
				List<Long> users = new ArrayList<>();
				List<Integer> asked = new ArrayList<>();
				for (int i = 0; i < USERS; i++) {
					long user = sandbox.createUser("Twin" + i, "en");
					users.add(user);
					asked.add(sandbox.write(user, "/help"));
				}
				for (int i = 0; i < USERS; i++) {
					sandbox.awaitBotMessage(users.get(i), asked.get(i));
				}
				Thread.sleep(2000);
				for (long user : users) {
					assertThat(sandbox.botMessages(user)).as("answers to one /help of user %d", user).hasSize(1);
				}
				Process poller = holdsPollingLock("two-instances-a") ? a : b;
				Process standby = (poller == a) ? b : a;
				assertThat(holdsPollingLock("two-instances-a")).isNotEqualTo(holdsPollingLock("two-instances-b"));

				// a broadcast: once to everyone, by both instances, within the global
				// limit
				String marker = "twins-" + UUID.randomUUID();
				List<Long> recipients = new ArrayList<>();
				sandbox
					.post("/sandbox/api/users/bulk",
							Map.of("count", RECIPIENTS, "firstName", "Twin", "languageCode", "ru"))
					.get("ids")
					.forEach((id) -> recipients.add(id.asLong()));
				long tooManyBefore = sandbox.get("/sandbox/api/stats").get("tooManyRequests").asLong();
				insertEducators(jdbc, recipients);
				long started = System.nanoTime();
				enqueue(jdbc, recipients, marker);
				AtomicLong bothSending = new AtomicLong();
				await(Duration.ofSeconds(60), () -> {
					bothSending.accumulateAndGet(sendingInstances(jdbc), Math::max);
					return deliveries(() -> jdbc, "PENDING") == 0;
				}, a, b);
				double seconds = (System.nanoTime() - started) / 1e9;
				assertThat(bothSending.get()).as("instances sending at the same moment").isEqualTo(2);
				assertThat(deliveries(() -> jdbc, "SENT")).isEqualTo(RECIPIENTS);
				JsonNode stats = sandbox.get("/sandbox/api/stats?marker=" + marker);
				assertThat(stats.get("chatsWithOne").asLong()).as("recipients with the message once")
					.isEqualTo(RECIPIENTS);
				assertThat(stats.get("chatsWithMore").asLong()).as("recipients with it twice").isZero();
				assertThat(stats.get("tooManyRequests").asLong() - tooManyBefore)
					.as("429s while two instances sent %d messages", RECIPIENTS)
					.isZero();
				assertThat(RECIPIENTS / seconds).as("messages a second of both together").isLessThanOrEqualTo(30);

				// the poller dies: the other polls within 30 s and answers
				poller.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
				long killed = System.nanoTime();
				long late = sandbox.createUser("Late", "en");
				int question = sandbox.write(late, "/help");
				sandbox.awaitBotMessage(late, question);
				assertThat(Duration.ofNanos(System.nanoTime() - killed)).as("answered after the poller was killed")
					.isLessThan(Duration.ofSeconds(30));
				assertThat(sandbox.botMessages(late)).hasSize(1);
				assertThat(standby.isAlive()).isTrue();
			}
			finally {
				a.destroy();
				b.destroy();
				a.waitFor(30, TimeUnit.SECONDS);
				b.waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	private static int quartzInstances(JdbcTemplate jdbc) {
		try {
			return jdbc.queryForObject("select count(*) from qrtz_scheduler_state", Integer.class);
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

	/** How many instances hold claimed outbox rows right now. */
	private static long sendingInstances(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(distinct claimed_by) from deliveries where claimed_by is not null",
				Long.class);
	}

	private static boolean holdsPollingLock(String name) throws Exception {
		return Files.readString(Path.of("target", name + ".log"))
			.contains("This instance holds the telegram-polling lock");
	}

}
