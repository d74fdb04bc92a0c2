package org.socialchange.platform.monitoring;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bot tokens and configured secrets never reach a log line: in the message, its
 * arguments, or an exception and its causes; what shows none passes untouched.
 */
class SecretMaskingTests {

	static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

	final LoggerContext context = new LoggerContext();

	final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	final Logger logger = this.context.getLogger("test");

	@BeforeEach
	void logToAList() {
		SecretMasking masking = new SecretMasking();
		masking.setContext(this.context);
		masking.start();
		this.context.addTurboFilter(masking);
		this.appender.setContext(this.context);
		this.appender.start();
		this.logger.addAppender(this.appender);
	}

	@Test
	void masksTheSecretOfATokenAndKeepsTheBotsId() {
		assertThat(SecretMasking.mask("POST https://api.telegram.org/bot" + TOKEN + "/sendMessage failed"))
			.isEqualTo("POST https://api.telegram.org/bot123456789:******/sendMessage failed");
		assertThat(SecretMasking.mask(TOKEN)).isEqualTo("123456789:******");
		assertThat(SecretMasking.mask("the sandbox's 100000000:SANDBOX")).isEqualTo("the sandbox's 100000000:******");
	}

	@Test
	void leavesTimesAddressesAndIdsAlone() {
		for (String text : List.of("2026-11-29T09:02:01.414Z", "http://127.0.0.1:8080/sandbox",
				"update 123456789: done", "localhost:54321", "Foo.java:123", "chat -1001234567890 migrated")) {
			assertThat(SecretMasking.mask(text)).isEqualTo(text);
		}
	}

	@Test
	void masksConfiguredSecretsOfEightCharactersOrMore() {
		String password = "pw-" + UUID.randomUUID();
		SecretMasking.addSecrets(List.of(password, "short", ""));
		assertThat(SecretMasking.mask("FATAL: password " + password + " rejected"))
			.isEqualTo("FATAL: password ****** rejected");
		assertThat(SecretMasking.mask("a short word")).isEqualTo("a short word");
	}

	@Test
	void aLineWithATokenInAnArgumentIsWrittenMasked() {
		this.logger.warn("Cannot reach {} ({} s)", "https://api.telegram.org/bot" + TOKEN + "/getMe", 5);

		assertThat(this.appender.list).singleElement()
			.satisfies((event) -> assertThat(event.getFormattedMessage())
				.isEqualTo("Cannot reach https://api.telegram.org/bot123456789:******/getMe (5 s)"));
	}

	@Test
	void anExceptionWithATokenInACauseIsWrittenMaskedWithItsClassAndStackTrace() {
		IOException network = new IOException("unexpected end of stream on https://api.telegram.org/bot" + TOKEN);
		IllegalStateException failure = new IllegalStateException("Unable to execute getMe", network);

		this.logger.error("Handling update {} failed", 42, failure);

		ILoggingEvent event = this.appender.list.get(0);
		assertThat(event.getFormattedMessage()).isEqualTo("Handling update 42 failed");
		IThrowableProxy shown = event.getThrowableProxy();
		assertThat(shown.getMessage()).isEqualTo("java.lang.IllegalStateException: Unable to execute getMe");
		assertThat(shown.getStackTraceElementProxyArray()).hasSameSizeAs(failure.getStackTrace());
		assertThat(shown.getCause().getMessage())
			.isEqualTo("java.io.IOException: unexpected end of stream on https://api.telegram.org/bot123456789:******");
		assertThat(this.appender.list).hasSize(1);
	}

	@Test
	void whatShowsNoSecretPassesAsItWas() {
		IllegalStateException failure = new IllegalStateException("This handler fails on purpose");

		this.logger.error("Handling update {} failed", 42, failure);

		ILoggingEvent event = this.appender.list.get(0);
		assertThat(event.getArgumentArray()).containsExactly(42);
		assertThat(event.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
	}

	@Test
	void disabledLevelsAreNotLookedAt() {
		this.logger.setLevel(ch.qos.logback.classic.Level.INFO);

		this.logger.debug("token {}", TOKEN);

		assertThat(this.appender.list).isEmpty();
	}

}
