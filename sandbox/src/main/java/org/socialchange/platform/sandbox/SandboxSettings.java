package org.socialchange.platform.sandbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits the sandbox enforces as Telegram does, answering 429 with
 * {@code retry_after} beyond them: messages per second in all (free and with
 * {@code allow_paid_broadcast}), and per private chat a sustained rate of one per second
 * after a short burst, which a quick exchange of replies never reaches; per group 20 a
 * minute; how often the chats are saved; and how long each Bot API call takes, as the
 * network round trip to Telegram's servers would (none by default); and who may use it
 * ({@code PLATFORM_SANDBOX}: only this machine unless {@code open}).
 */
@ConfigurationProperties("platform.sandbox")
record SandboxSettings(@DefaultValue("true") boolean limits, @DefaultValue("30") int globalPerSecond,
		@DefaultValue("1000") int paidPerSecond, @DefaultValue("20") int privateChatBurst,
		@DefaultValue("1s") Duration saveInterval, @DefaultValue("20") int groupPerMinute,
		@DefaultValue("0ms") Duration latency, @DefaultValue("loopback") Access access) {

	/** Who may use the sandbox: this machine only, or anyone who reaches the port. */
	enum Access {

		LOOPBACK, OPEN

	}

}
