package org.socialchange.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Reads secrets from files, as Docker and Kubernetes hand them over: for each variable
 * {@code X} of {@link #SECRETS} given as {@code X_FILE} (say
 * {@code TELEGRAM_BOT_TOKEN_FILE=/run/secrets/bot_token}) while {@code X} is not set,
 * {@code X} takes the file's content without its trailing line break. A file that cannot
 * be read stops the start, naming the variable and the path, never a secret.
 */
class SecretFiles implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE = "secretFiles";

	private static final String SUFFIX = "_FILE";

	/**
	 * The variables of our configuration that may come from a file; only these, since
	 * other software's variables end in {@code _FILE} too (TF_CLI_CONFIG_FILE, ...).
	 */
	static final List<String> SECRETS = List.of("TELEGRAM_BOT_TOKEN", "TELEGRAM_PROXY", "TELEGRAM_WEBHOOK_SECRET",
			"SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "ADMIN_EMAIL",
			"ADMIN_PASSWORD");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!(environment.getPropertySources()
			.get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME) instanceof MapPropertySource system)) {
			return;
		}
		Map<String, Object> variables = system.getSource();
		Map<String, Object> secrets = new LinkedHashMap<>();
		for (String target : SECRETS) {
			Object path = variables.get(target + SUFFIX);
			if (path != null && !variables.containsKey(target)) {
				secrets.put(target, read(target + SUFFIX, String.valueOf(path)));
			}
		}
		if (!secrets.isEmpty()) {
			environment.getPropertySources()
				.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(SOURCE, secrets));
		}
	}

	private static String read(String variable, String path) {
		try {
			return Files.readString(Path.of(path), StandardCharsets.UTF_8).replaceAll("\\R+$", "");
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException(variable + " names " + path + ", which cannot be read", ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

}
