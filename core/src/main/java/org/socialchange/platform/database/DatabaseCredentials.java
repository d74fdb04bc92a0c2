package org.socialchange.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of the embedded PostgreSQL, generated on first start and kept in
 * {@code PLATFORM_DATA_DIR/database.credentials}, readable by its owner only (0600): one
 * for the superuser {@code postgres}, used only to prepare the database, and one for the
 * role {@code platform} the application connects as.
 *
 * @param superuser the password of {@code postgres}
 * @param platform the password of {@code platform}
 * @param generated whether the file did not exist and was written now
 */
public record DatabaseCredentials(String superuser, String platform, boolean generated) {

	static final String FILE = "database.credentials";

	private static final SecureRandom random = new SecureRandom();

	/** The credentials kept in the data directory, generated and written if missing. */
	public static DatabaseCredentials in(Path dataDir) throws IOException {
		Path file = dataDir.resolve(FILE);
		if (Files.isRegularFile(file)) {
			Properties properties = new Properties();
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			String superuser = properties.getProperty("postgres");
			String platform = properties.getProperty("platform");
			if (superuser == null || platform == null) {
				throw new IllegalStateException(file + " lacks the password of postgres or platform");
			}
			return new DatabaseCredentials(superuser, platform, false);
		}
		DatabaseCredentials credentials = new DatabaseCredentials(password(), password(), true);
		Properties properties = new Properties();
		properties.setProperty("postgres", credentials.superuser());
		properties.setProperty("platform", credentials.platform());
		Files.createDirectories(dataDir);
		Path written = ownerOnly(dataDir.resolve(FILE + ".new"));
		try (Writer writer = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
			properties.store(writer, "Passwords of the embedded PostgreSQL; keep this file with data/postgres");
		}
		Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		return credentials;
	}

	/** An empty file only its owner can read and write, where the system allows it. */
	static Path ownerOnly(Path file) throws IOException {
		Files.deleteIfExists(file);
		try {
			return Files.createFile(file,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			return Files.createFile(file);
		}
	}

	/** 256 random bits in the characters of base64url, safe inside an SQL literal. */
	private static String password() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String toString() {
		return "DatabaseCredentials[superuser=***, platform=***, generated=" + this.generated + "]";
	}

}
