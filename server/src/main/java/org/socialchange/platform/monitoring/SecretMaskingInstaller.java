package org.socialchange.platform.monitoring;

import java.util.List;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Adds {@link SecretMasking} to Logback right after Spring Boot configured it (which
 * drops any filter added before), with the configured bot token and passwords to mask.
 * Registered in {@code META-INF/spring.factories}, as it must run before any bean exists.
 */
class SecretMaskingInstaller implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	/** The settings whose values never appear in a log line. */
	static final List<String> SECRETS = List.of("platform.telegram.token", "platform.admin.password",
			"spring.datasource.password");

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		Environment environment = event.getEnvironment();
		SecretMasking.addSecrets(SECRETS.stream().map(environment::getProperty).toList());
		ILoggerFactory factory = LoggerFactory.getILoggerFactory();
		if (factory instanceof LoggerContext logback
				&& logback.getTurboFilterList().stream().noneMatch(SecretMasking.class::isInstance)) {
			SecretMasking masking = new SecretMasking();
			masking.setContext(logback);
			masking.start();
			logback.addTurboFilter(masking);
		}
	}

	@Override
	public int getOrder() {
		return LoggingApplicationListener.DEFAULT_ORDER + 1;
	}

}
