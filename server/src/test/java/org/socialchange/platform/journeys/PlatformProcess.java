package org.socialchange.platform.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.PlatformApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A platform in a JVM of its own, talking to the sandbox of the test's platform as its
 * Telegram (not in sandbox mode: with the sandbox's token), so that killing it does not
 * touch what Telegram received; and what tests of such processes share.
 */
final class PlatformProcess {

	private PlatformProcess() {
	}

	/** Starts one; its output goes to {@code target/<name>.log}. */
	static Process start(int sandboxPort, Path dataDir, List<String> arguments, String name) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path log = Path.of("target", name + ".log");
		Files.createDirectories(log.getParent());
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), PlatformApplication.class.getName(), "--server.port=0",
				"--management.server.port=0", "--platform.data-dir=" + dataDir,
				"--platform.telegram.token=100000000:SANDBOX",
				"--platform.telegram.api-url=http://127.0.0.1:" + sandboxPort + "/sandbox/telegram",
				"--platform.admin.email=admin@example.org", "--platform.admin.password=correct horse battery staple"));
		command.addAll(arguments);
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	/**
	 * Registered educators (Russian, Armenia) with these sandbox users' ids and chats.
	 */
	static void insertEducators(JdbcTemplate jdbc, List<Long> users) {
		jdbc.batchUpdate("""
				insert into educators (telegram_user_id, chat_id, language, time_zone, joined_at, updated_at,
				    registered_at, country, network)
				values (?, ?, 'ru', 'Asia/Yerevan', now(), now(), now(), 'AM', 'ALUMNI')""", users, 500,
				(statement, user) -> {
					statement.setLong(1, user);
					statement.setLong(2, user);
				});
	}

	/** A bulk message with the marker to each of these users' chats, due now. */
	static void enqueue(JdbcTemplate jdbc, List<Long> users, String marker) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.batchUpdate("""
				insert into deliveries (source, source_id, educator_id, chat_id, text, priority, not_before, state,
				    created_at)
				select 'test', 1, id, chat_id, ?, 0, ?, 'PENDING', ? from educators where chat_id = ?""", users, 500,
				(statement, user) -> {
					statement.setString(1, "Привет " + marker);
					statement.setTimestamp(2, now);
					statement.setTimestamp(3, now);
					statement.setLong(4, user);
				});
	}

	static boolean tableExists(Supplier<JdbcTemplate> database, String table) {
		try {
			return database.get()
				.queryForObject("select count(*) from information_schema.tables where table_name = ?", Integer.class,
						table) == 1;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static long deliveries(Supplier<JdbcTemplate> database, String state) {
		return database.get().queryForObject("select count(*) from deliveries where state = ?", Long.class, state);
	}

	/** Waits for the condition while the processes run. */
	static void await(Duration timeout, BooleanSupplier condition, Process... processes) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			for (Process process : processes) {
				assertThat(process.isAlive()).as("the platform under test is running (see its log under target/)")
					.isTrue();
			}
			assertThat(System.nanoTime()).as("waited in time").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

}
