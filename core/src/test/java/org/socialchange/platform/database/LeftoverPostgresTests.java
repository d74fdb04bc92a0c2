package org.socialchange.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LeftoverPostgresTests {

	@TempDir
	Path directory;

	@Test
	void aServerLeftRunningByAKilledProcessIsStoppedSoTheDirectoryCanBeUsedAgain() throws IOException, SQLException {
		Path data = this.directory.resolve("postgres").toAbsolutePath().normalize();
		// as a killed JVM leaves it: the server runs on with nobody to stop it
		EmbeddedPostgres orphan = start(data);
		assertThat(LeftoverPostgres.server(data)).isPresent();

		assertThat(LeftoverPostgres.stop(data, Duration.ofSeconds(30))).isTrue();

		assertThat(LeftoverPostgres.server(data)).isEmpty();
		// the killed JVM's lock on the directory went with it; here its object releases
		// it
		releaseLock(orphan);
		try (EmbeddedPostgres again = start(data);
				Connection connection = again.getPostgresDatabase().getConnection()) {
			assertThat(connection.isValid(5)).isTrue();
		}
	}

	@Test
	void nothingIsStoppedWhenNoServerRunsOnTheDirectory() throws IOException {
		Path data = this.directory.resolve("empty");
		Files.createDirectories(data);
		Files.writeString(data.resolve("postmaster.pid"), "999999999\n" + data + "\n");
		assertThat(LeftoverPostgres.stop(data, Duration.ofSeconds(1))).isFalse();
		assertThat(LeftoverPostgres.stop(this.directory.resolve("absent"), Duration.ofSeconds(1))).isFalse();
	}

	private static void releaseLock(EmbeddedPostgres orphan) {
		try {
			orphan.close();
		}
		catch (IOException ex) {
			// its server is already gone, which is the point
		}
	}

	private static EmbeddedPostgres start(Path data) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
	}

}
