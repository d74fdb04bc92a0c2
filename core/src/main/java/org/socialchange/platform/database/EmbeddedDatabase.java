package org.socialchange.platform.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL in {@code PLATFORM_DATA_DIR/postgres}, durable (fsync and
 * synchronous commit on), with its binaries under the data directory rather than a shared
 * temporary folder, and closed to anyone without a password.
 * <p>
 * The library initialises a cluster for tests: every local user may connect as
 * {@code postgres} without a password. Ours is initialised with the superuser's password
 * from {@link DatabaseCredentials}, accepts only password (SCRAM) connections over
 * loopback TCP, has no Unix socket, and the application connects as {@code platform}, a
 * role that is no superuser and owns the database {@code platform}. A data directory from
 * before this (trust, tables in the database {@code postgres}) is converted on its first
 * start: the superuser gets its password, the database is renamed and handed over to
 * {@code platform}, and only then is trust removed.
 */
public final class EmbeddedDatabase implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	static final String ROLE = "platform";

	static final String DATABASE = "platform";

	/** The first line of the pg_hba.conf we write, how a converted cluster is known. */
	private static final String ACCESS_MARK = "# Written by the platform: password (SCRAM) over loopback TCP only";

	private static final String ACCESS = ACCESS_MARK + """

			# TYPE  DATABASE  USER  ADDRESS       METHOD
			host    all       all   127.0.0.1/32  scram-sha-256
			host    all       all   ::1/128       scram-sha-256
			""";

	private final EmbeddedPostgres postgres;

	private final DatabaseCredentials credentials;

	private final Path directory;

	/**
	 * Whether the cluster is deleted after PostgreSQL stops. The binaries stay: every
	 * cluster of a JVM runs those the first one extracted.
	 */
	private final boolean throwaway;

	private EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseCredentials credentials, Path directory,
			boolean throwaway) {
		this.postgres = postgres;
		this.credentials = credentials;
		this.directory = directory;
		this.throwaway = throwaway;
	}

	/** Starts (or converts and starts) the embedded PostgreSQL of these settings. */
	public static EmbeddedDatabase start(DataSettings settings) throws IOException {
		Path directory = settings.postgresDirectory();
		LeftoverPostgres.stop(directory, Duration.ofSeconds(30));
		boolean exists = Files.isRegularFile(directory.resolve("postgresql.conf"));
		boolean secured = exists && Files.readString(directory.resolve("pg_hba.conf")).startsWith(ACCESS_MARK);
		DatabaseCredentials credentials = DatabaseCredentials.in(settings.directory("."));
		if (secured && credentials.generated()) {
			Files.delete(settings.directory(DatabaseCredentials.FILE));
			throw new IllegalStateException("The embedded database in " + directory
					+ " is protected by passwords kept in " + settings.directory(DatabaseCredentials.FILE)
					+ ", which is missing: restore that file from the " + "backup of the data directory");
		}
		Path passwordFile = settings.directory("postgres.initdb-password");
		if (!exists) {
			Files.writeString(DatabaseCredentials.ownerOnly(passwordFile), credentials.superuser());
		}
		log.info("Starting embedded PostgreSQL in {}", directory);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setOverrideWorkingDirectory(settings.directory("postgres-binaries").toFile())
			.setPGStartupWait(Duration.ofSeconds(60))
			// initdb only: the superuser's password instead of none
			.setLocaleConfig("pwfile", passwordFile.toString())
			.setDataDirectoryCustomizer((data) -> {
				deleteQuietly(passwordFile);
				if (!exists || secured) {
					writeAccess(data.toPath());
				}
			})
			.setConnectConfig("password", credentials.superuser())
			.setServerConfig("max_connections", "100")
			.setServerConfig("listen_addresses", "localhost")
			// no Unix socket: nobody reaches the database but over TCP with a password
			.setServerConfig("unix_socket_directories", "''")
			// the library runs PostgreSQL as a throw-away test database; ours must keep
			// what it said it stored (an erasure the person was told about) across a
			// crash
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.start();
		EmbeddedDatabase database = new EmbeddedDatabase(postgres, credentials, directory,
				settings.throwawayDatabase());
		try {
			// a new cluster got its password from initdb and our access rules before it
			// started
			database.prepare(secured || !exists);
		}
		catch (SQLException | RuntimeException ex) {
			postgres.close();
			throw new IllegalStateException("Could not prepare the embedded database in " + directory, ex);
		}
		return database;
	}

	/** The JDBC URL of the application's database. */
	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + DATABASE;
	}

	public String username() {
		return ROLE;
	}

	public String password() {
		return this.credentials.platform();
	}

	/** The port PostgreSQL listens on (loopback only). */
	public int port() {
		return this.postgres.getPort();
	}

	/**
	 * Gives the superuser its password, creates the application's role and database (or
	 * hands over the tables an earlier version kept in {@code postgres}), and removes
	 * trust from a converted cluster last.
	 */
	private void prepare(boolean secured) throws SQLException {
		boolean earlierTables = false;
		try (Connection connection = superuser("postgres"); Statement sql = connection.createStatement()) {
			if (!secured) {
				sql.execute("alter role postgres with password '" + this.credentials.superuser() + "'");
			}
			sql.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + ROLE + "') then "
					+ "create role " + ROLE + "; end if; end $$");
			sql.execute("alter role " + ROLE + " with login nosuperuser nocreatedb nocreaterole noreplication "
					+ "password '" + this.credentials.platform() + "'");
			if (!exists(sql, "select from pg_database where datname = '" + DATABASE + "'")) {
				earlierTables = exists(sql,
						"select from pg_tables where schemaname = 'public' and tablename = 'flyway_schema_history'");
				if (!earlierTables) {
					sql.execute("create database " + DATABASE + " owner " + ROLE);
				}
			}
		}
		if (earlierTables) {
			handOverEarlierTables();
		}
		if (!secured) {
			writeAccess(this.directory);
			try (Connection connection = superuser("postgres"); Statement sql = connection.createStatement()) {
				sql.execute("select pg_reload_conf()");
			}
			log.info("The embedded database now accepts only password connections");
		}
	}

	/**
	 * An earlier version kept its tables in the database {@code postgres}, owned by the
	 * superuser: that database becomes {@code platform}, owned with all it holds by the
	 * application's role, and a new empty {@code postgres} takes its place.
	 */
	private void handOverEarlierTables() throws SQLException {
		log.info("Handing the tables of the embedded database over to the role {}", ROLE);
		try (Connection connection = superuser("template1"); Statement sql = connection.createStatement()) {
			sql.execute("alter database postgres rename to " + DATABASE);
			sql.execute("create database postgres");
			sql.execute("alter database " + DATABASE + " owner to " + ROLE);
		}
		try (Connection connection = superuser(DATABASE); Statement sql = connection.createStatement()) {
			sql.execute("alter schema public owner to " + ROLE);
			sql.execute("""
					do $$
					declare
					  object record;
					begin
					  for object in
					    select c.oid::regclass as name,
					           case c.relkind when 'S' then 'sequence' when 'v' then 'view'
					             when 'm' then 'materialized view' else 'table' end as kind
					    from pg_class c join pg_namespace n on n.oid = c.relnamespace
					    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
					      -- a sequence of a column follows its table
					      and not (c.relkind = 'S' and exists (select from pg_depend d
					            where d.objid = c.oid and d.deptype in ('a', 'i')))
					  loop
					    execute format('alter %s %s owner to platform', object.kind, object.name);
					  end loop;
					  for object in
					    select p.oid::regprocedure as name from pg_proc p
					    join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public'
					  loop
					    execute format('alter routine %s owner to platform', object.name);
					  end loop;
					end $$""");
		}
	}

	private Connection superuser(String database) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + database,
				"postgres", this.credentials.superuser());
	}

	private static boolean exists(Statement sql, String query) throws SQLException {
		try (ResultSet rows = sql.executeQuery(query)) {
			return rows.next();
		}
	}

	private static void writeAccess(Path data) {
		try (Writer writer = Files.newBufferedWriter(data.resolve("pg_hba.conf"), StandardCharsets.UTF_8)) {
			writer.write(ACCESS);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write " + data.resolve("pg_hba.conf"), ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", file, ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
		if (this.throwaway) {
			FileSystemUtils.deleteRecursively(this.directory);
			log.info("Deleted the throw-away database in {}", this.directory);
		}
	}

}
