package org.socialchange.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL keeps what it said it stored: unlike the library's test
 * defaults, it syncs to disk and commits synchronously; its binaries live under the
 * platform's data directory, not a temporary folder shared with other users; and nobody
 * gets in without the passwords kept, for its owner only, in the data directory. The
 * application connects as a role that is no superuser.
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path dataDir;

	@Test
	void isDurableAndKeepsItsBinariesUnderTheDataDirectory() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(new DataSettings(this.dataDir, false))) {
			JdbcTemplate jdbc = application(database);
			assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
		}
		try (Stream<Path> binaries = Files.walk(this.dataDir.resolve("postgres-binaries"))) {
			assertThat(binaries.map(Path::getFileName).map(Path::toString)).contains("pg_ctl", "postgres");
		}
	}

	@Test
	void aThrowawayDatabaseLeavesNoClusterBehindWhenItStops() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(new DataSettings(this.dataDir, true))) {
			application(database).execute("create table kept_until_stop (id int)");
			assertThat(this.dataDir.resolve("postgres/PG_VERSION")).isRegularFile();
		}
		assertThat(this.dataDir.resolve("postgres")).doesNotExist();
		assertThat(this.dataDir.resolve(DatabaseCredentials.FILE)).isRegularFile();
	}

	@Test
	void letsNobodyInWithoutAPasswordAndTheApplicationIsNoSuperuser() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(new DataSettings(this.dataDir, false))) {
			Path credentials = this.dataDir.resolve(DatabaseCredentials.FILE);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
				.isEqualTo("rw-------");
			assertThat(Files.readString(credentials)).contains(database.password());
			assertThat(this.dataDir).isDirectoryNotContaining("glob:**initdb-password");
			assertRefusesWithoutPassword(database.port());

			JdbcTemplate jdbc = application(database);
			assertThat(jdbc.queryForObject(
					"select rolsuper or rolcreaterole or rolcreatedb from pg_roles " + "where rolname = current_user",
					Boolean.class))
				.isFalse();
			assertThat(jdbc.queryForObject(
					"select pg_get_userbyid(datdba) from pg_database " + "where datname = current_database()",
					String.class))
				.isEqualTo("platform");
			JdbcTemplate superuser = new JdbcTemplate(
					new DriverManagerDataSource("jdbc:postgresql://localhost:" + database.port() + "/postgres",
							"postgres", DatabaseCredentials.in(this.dataDir).superuser()));
			assertThat(superuser.queryForObject("show unix_socket_directories", String.class)).isEmpty();
			jdbc.execute("create table notes (id bigserial primary key, text text)");
			jdbc.update("insert into notes (text) values ('kept')");
		}
		// started again on the same directory, with the same passwords
		try (EmbeddedDatabase database = EmbeddedDatabase.start(new DataSettings(this.dataDir, false))) {
			assertThat(application(database).queryForObject("select text from notes", String.class)).isEqualTo("kept");
			assertRefusesWithoutPassword(database.port());
		}
	}

	@Test
	void aDataDirectoryOfAnEarlierVersionIsHandedToTheApplicationAndLocked() throws Exception {
		// as earlier versions left it: trust for everyone, the tables in the database
		// postgres, owned by the superuser
		try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDir.resolve("postgres"))
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start()) {
			JdbcTemplate jdbc = new JdbcTemplate(earlier.getPostgresDatabase());
			jdbc.execute("create table flyway_schema_history (version text)");
			jdbc.execute("create table educators (id bigserial primary key, name text)");
			jdbc.execute("create sequence loose_numbers");
			jdbc.execute("create view named as select name from educators");
			jdbc.execute("create function refuse() returns trigger language plpgsql as "
					+ "$$ begin raise exception 'append only'; end $$");
			jdbc.update("insert into educators (name) values ('Ani')");
		}

		try (EmbeddedDatabase database = EmbeddedDatabase.start(new DataSettings(this.dataDir, false))) {
			JdbcTemplate jdbc = application(database);
			assertThat(jdbc.queryForObject("select name from educators", String.class)).isEqualTo("Ani");
			jdbc.update("insert into educators (name) values ('Nino')");
			jdbc.queryForObject("select nextval('loose_numbers')", Long.class);
			assertThat(jdbc.queryForList("select name from named", String.class)).containsExactly("Ani", "Nino");
			assertThat(jdbc.queryForList("""
					select pg_get_userbyid(c.relowner) from pg_class c join pg_namespace n on n.oid = c.relnamespace
					where n.nspname = 'public'
					union select pg_get_userbyid(p.proowner) from pg_proc p
					join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public'""", String.class))
				.containsExactly("platform");
			assertRefusesWithoutPassword(database.port());
		}
	}

	@Test
	void aLockedDatabaseWhosePasswordsAreGoneIsNotStartedAndSaysWhatToRestore() throws Exception {
		EmbeddedDatabase.start(new DataSettings(this.dataDir, false)).close();
		Files.delete(this.dataDir.resolve(DatabaseCredentials.FILE));

		assertThatIllegalStateException()
			.isThrownBy(() -> EmbeddedDatabase.start(new DataSettings(this.dataDir, false)))
			.withMessageContaining(DatabaseCredentials.FILE)
			.withMessageContaining("restore");
		assertThat(this.dataDir.resolve(DatabaseCredentials.FILE)).doesNotExist();
	}

	private static JdbcTemplate application(EmbeddedDatabase database) {
		return new JdbcTemplate(
				new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
	}

	/** Neither the superuser nor the application's role gets in without its password. */
	private static void assertRefusesWithoutPassword(int port) throws InterruptedException {
		// a converted cluster reloads its access rules asynchronously
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (acceptsWithoutPassword(port, "postgres", "") && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		for (String user : new String[] { "postgres", "platform" }) {
			for (String password : new String[] { "", "postgres", "wrong" }) {
				assertThatThrownBy(() -> DriverManager
					.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", user, password)
					.close()).as("%s with password '%s'", user, password).isInstanceOf(SQLException.class);
			}
		}
	}

	private static boolean acceptsWithoutPassword(int port, String user, String password) {
		try {
			DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", user, password).close();
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
