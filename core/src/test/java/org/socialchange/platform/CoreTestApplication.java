package org.socialchange.platform;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Boots the core alone for its slice tests. */
@SpringBootApplication
class CoreTestApplication {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
