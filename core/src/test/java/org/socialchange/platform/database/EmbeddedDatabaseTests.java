package org.socialchange.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL keeps what it said it stored: unlike the library's test
 * defaults, it syncs to disk and commits synchronously; and its binaries live under the
 * platform's data directory, not a temporary folder shared with other users.
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path dataDir;

	@Test
	void isDurableAndKeepsItsBinariesUnderTheDataDirectory() throws Exception {
		try (EmbeddedPostgres postgres = new EmbeddedDatabaseConfiguration()
			.embeddedPostgres(new DataSettings(this.dataDir))) {
			JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
			assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
		}
		try (Stream<Path> binaries = Files.walk(this.dataDir.resolve("postgres-binaries"))) {
			assertThat(binaries.map(Path::getFileName).map(Path::toString)).contains("pg_ctl", "postgres");
		}
	}

}
