package org.socialchange.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform keeps its files ({@code PLATFORM_DATA_DIR}): the embedded database
 * in its {@code postgres} folder, the sandbox's state in {@code sandbox}. With
 * {@code platform.throwaway-database} the embedded database's cluster is deleted once it
 * has stopped: for tests, each context of which starts a cluster of its own.
 */
@ConfigurationProperties("platform")
public record DataSettings(@DefaultValue("./data") Path dataDir, @DefaultValue("false") boolean throwawayDatabase) {

	public Path postgresDirectory() {
		return directory("postgres");
	}

	public Path directory(String name) {
		return this.dataDir.resolve(name).toAbsolutePath().normalize();
	}

}
