package org.socialchange.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform keeps its files ({@code PLATFORM_DATA_DIR}); the embedded database
 * lives in its {@code postgres} folder.
 */
@ConfigurationProperties("platform")
public record DatabaseSettings(@DefaultValue("./data") Path dataDir) {

	public Path postgresDirectory() {
		return this.dataDir.resolve("postgres").toAbsolutePath().normalize();
	}

}
