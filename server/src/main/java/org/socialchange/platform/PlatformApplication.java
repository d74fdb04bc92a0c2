package org.socialchange.platform;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The one runnable application: bot, admin web and, without a token, the Telegram
 * sandbox, on embedded PostgreSQL unless an external database is configured.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlatformApplication {

	public static void main(String[] args) {
		SpringApplication.run(PlatformApplication.class, args);
	}

	/** The one clock; tests replace it to control time. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
