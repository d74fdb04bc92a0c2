package org.socialchange.platform.sandbox;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Stops sandbox mode against an external database before anything connects to it (no
 * migration, no query): it runs once the configuration is read, before any bean exists.
 */
class SandboxDatabaseCheck implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (SandboxMode.isSandbox(environment.getProperty(SandboxMode.TOKEN_PROPERTY))
				&& StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			throw SandboxRefused.externalDatabase();
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
