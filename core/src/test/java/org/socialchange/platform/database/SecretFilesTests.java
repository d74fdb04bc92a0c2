package org.socialchange.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SecretFilesTests {

	@TempDir
	Path secrets;

	@Test
	void aVariableEndingInFileTakesItsValueFromTheFile() throws Exception {
		Path token = Files.writeString(this.secrets.resolve("bot_token"), "123456:secret-token\n");
		Path password = Files.writeString(this.secrets.resolve("db_password"), "pass word  \r\n");
		StandardEnvironment environment = environment(Map.of("TELEGRAM_BOT_TOKEN_FILE", token.toString(),
				"SPRING_DATASOURCE_PASSWORD_FILE", password.toString()));

		new SecretFiles().postProcessEnvironment(environment, null);

		assertThat(environment.getProperty("TELEGRAM_BOT_TOKEN")).isEqualTo("123456:secret-token");
		assertThat(Binder.get(environment).bind("spring.datasource.password", String.class).get())
			.as("relaxed binding, trailing spaces kept, line break dropped")
			.isEqualTo("pass word  ");
	}

	@Test
	void otherSoftwaresFileVariablesAreLeftAlone() {
		StandardEnvironment environment = environment(Map.of("TF_CLI_CONFIG_FILE", "/nowhere/.terraformrc"));

		new SecretFiles().postProcessEnvironment(environment, null);

		assertThat(environment.getPropertySources().contains(SecretFiles.SOURCE)).isFalse();
		assertThat(environment.getProperty("TF_CLI_CONFIG")).isNull();
	}

	@Test
	void aVariableSetDirectlyWins() throws Exception {
		Path token = Files.writeString(this.secrets.resolve("bot_token"), "from-file");
		StandardEnvironment environment = environment(
				Map.of("TELEGRAM_BOT_TOKEN_FILE", token.toString(), "TELEGRAM_BOT_TOKEN", "direct"));

		new SecretFiles().postProcessEnvironment(environment, null);

		assertThat(environment.getProperty("TELEGRAM_BOT_TOKEN")).isEqualTo("direct");
	}

	@Test
	void anUnreadableFileStopsTheStartNamingThePathNotASecret() {
		StandardEnvironment environment = environment(
				Map.of("ADMIN_PASSWORD_FILE", this.secrets.resolve("missing").toString()));

		assertThatIllegalStateException().isThrownBy(() -> new SecretFiles().postProcessEnvironment(environment, null))
			.withMessageContaining("ADMIN_PASSWORD_FILE")
			.withMessageContaining("missing");
	}

	private static StandardEnvironment environment(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new HashMap<>(variables)));
		return environment;
	}

}
