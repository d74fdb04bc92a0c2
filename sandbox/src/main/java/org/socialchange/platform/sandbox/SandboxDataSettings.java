package org.socialchange.platform.sandbox;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform keeps its files ({@code PLATFORM_DATA_DIR}); the sandbox keeps its
 * state in the {@code sandbox} folder there.
 */
@ConfigurationProperties("platform")
record SandboxDataSettings(@DefaultValue("./data") Path dataDir) {

	Path directory() {
		return this.dataDir.resolve("sandbox").toAbsolutePath().normalize();
	}

}
