package org.socialchange.platform.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.PlatformApplication;
import org.socialchange.platform.database.DatabaseCredentials;
import org.socialchange.platform.delivery.DeliverySettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialchange.platform.journeys.PlatformProcess.await;
import static org.socialchange.platform.journeys.PlatformProcess.deliveries;
import static org.socialchange.platform.journeys.PlatformProcess.enqueue;
import static org.socialchange.platform.journeys.PlatformProcess.insertEducators;
import static org.socialchange.platform.journeys.PlatformProcess.tableExists;

/**
 * Kills a sending platform with SIGKILL in the middle of a broadcast and starts it again
 * on the same database, external or its own embedded one: every recipient gets the
 * message, and only the messages in flight at the moment of the kill (at most
 * {@link DeliverySettings#inFlightBound()}) may arrive twice. The platform under test is
 * a separate process that talks to the sandbox of this test's platform as its Telegram,
 * so the kill does not touch what Telegram received.
 */
@PlatformTest
class DeliveryCrashTests {

	static final int RECIPIENTS = 300;

	@LocalServerPort
	int port;

	@Autowired
	DeliverySettings settings;

	@TempDir
	Path dataDir;

	@Test
	void afterAKillAndARestartEveryRecipientHasTheMessageAndOnlyThoseInFlightTwice() throws Exception {
		try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
			JdbcTemplate jdbc = new JdbcTemplate(database.getPostgresDatabase());
			crashAndRestart(() -> jdbc,
					List.of("--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
							"--spring.datasource.username=postgres"),
					"external");
		}
	}

	/**
	 * As the OOM killer does: only the JVM dies, its embedded PostgreSQL keeps running on
	 * the data directory; the restart stops that orphan and is up in seconds.
	 */
	@Test
	void afterAKillOfTheJvmAloneTheEmbeddedDatabaseComesBackAndEveryoneHasTheMessage() throws Exception {
		crashAndRestart(this::embeddedDatabase, List.of(), "embedded");
	}

	private void crashAndRestart(Supplier<JdbcTemplate> database, List<String> databaseArguments, String name)
			throws Exception {
		String marker = "crash-" + UUID.randomUUID();
		SandboxClient sandbox = new SandboxClient(this.port);
		List<Long> users = new ArrayList<>();
		sandbox.post("/sandbox/api/users/bulk", Map.of("count", RECIPIENTS, "firstName", "Crash", "languageCode", "ru"))
			.get("ids")
			.forEach((id) -> users.add(id.asLong()));

		long tooManyBefore = sandbox.get("/sandbox/api/stats").get("tooManyRequests").asLong();
		Process first = startPlatform(databaseArguments, name + "-first");
		try {
			await(Duration.ofSeconds(120), () -> tableExists(database, "deliveries"), first);
			insertEducators(database.get(), users);
			enqueue(database.get(), users, marker);
			await(Duration.ofSeconds(60), () -> received(sandbox, marker) >= RECIPIENTS / 3, first);
		}
		finally {
			first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		long receivedAtKill = received(sandbox, marker);
		assertThat(receivedAtKill).isLessThan(RECIPIENTS);

		long restarting = System.nanoTime();
		Process second = startPlatform(databaseArguments, name + "-second");
		try {
			await(Duration.ofSeconds(120), () -> received(sandbox, marker) > receivedAtKill, second);
			Duration upIn = Duration.ofNanos(System.nanoTime() - restarting);
			assertThat(upIn).as("restarted and sending again").isLessThan(Duration.ofSeconds(90));
			await(Duration.ofSeconds(120), () -> deliveries(database, "PENDING") == 0, second);
			assertThat(deliveries(database, "SENT")).isEqualTo(RECIPIENTS);
		}
		finally {
			second.destroy();
			second.waitFor(30, TimeUnit.SECONDS);
		}

		JsonNode stats = sandbox.get("/sandbox/api/stats?marker=" + marker);
		assertThat(stats.get("tooManyRequests").asLong() - tooManyBefore)
			.as("429s for %d messages queued at once at the 30/s limit", RECIPIENTS)
			.isZero();
		// other tests share this sandbox, so count the recipients who got it, not all
		// chats without it
		assertThat(stats.get("chatsWithOne").asLong() + stats.get("chatsWithMore").asLong())
			.as("recipients with the message")
			.isEqualTo(RECIPIENTS);
		assertThat(stats.get("chatsWithMore").asLong()).as("recipients who got it twice")
			.isLessThanOrEqualTo(this.settings.inFlightBound());
		assertThat(stats.get("markerMessages").asLong() - RECIPIENTS).as("duplicates")
			.isLessThanOrEqualTo(this.settings.inFlightBound());
	}

	/** The platform's own embedded database, at the port its postmaster.pid names now. */
	private JdbcTemplate embeddedDatabase() {
		try {
			List<String> pid = Files.readAllLines(this.dataDir.resolve("postgres").resolve("postmaster.pid"));
			String url = "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/platform";
			String password = DatabaseCredentials.in(this.dataDir).platform();
			return new JdbcTemplate(new DriverManagerDataSource(url, "platform", password));
		}
		catch (IOException | IndexOutOfBoundsException ex) {
			throw new IllegalStateException("The embedded database is not running yet", ex);
		}
	}

	private static long received(SandboxClient sandbox, String marker) {
		return sandbox.get("/sandbox/api/stats?marker=" + marker).get("markerMessages").asLong();
	}

	private Process startPlatform(List<String> databaseArguments, String name) throws Exception {
		List<String> arguments = new ArrayList<>(List.of("--platform.telegram.polling=false"));
		arguments.addAll(databaseArguments);
		return PlatformProcess.start(this.port, this.dataDir, arguments, "delivery-crash-" + name);
	}

}
