package org.socialchange.platform.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The delivery engine's limits and pace: Telegram's global limit (free and paid
 * broadcast), per private chat and per group; the share of the global limit left unused
 * to absorb network jitter; how many workers send (each has at most one message on the
 * wire, which bounds the duplicates after a crash), how many rows each claims at once
 * (unless set: 8 workers of 4 rows at the free 30/s, 20 of 20 for paid broadcasts, whose
 * pace is the round trips'), and the retry backoff.
 */
@ConfigurationProperties("platform.delivery")
public record DeliverySettings(@DefaultValue("30") int globalPerSecond, @DefaultValue("false") boolean paidBroadcast,
		@DefaultValue("1000") int paidPerSecond, @DefaultValue("1s") Duration privateChatInterval,
		@DefaultValue("20") int groupPerMinute, @DefaultValue("0.02") double headroom, Integer concurrency,
		Integer batch, @DefaultValue("250ms") Duration idlePoll, @DefaultValue("2s") Duration backoffBase,
		@DefaultValue("5m") Duration backoffMax, @DefaultValue("true") boolean enabled) {

	public DeliverySettings {
		if (concurrency == null) {
			concurrency = paidBroadcast ? 20 : 8;
		}
		if (batch == null) {
			batch = paidBroadcast ? 20 : 4;
		}
	}

	/**
	 * How many messages may be sent but not yet recorded when the process dies: the one
	 * each worker has on the wire.
	 */
	public int inFlightBound() {
		return this.concurrency;
	}

	/** The backoff after {@code attempts} failed tries: doubling, capped. */
	public Duration backoff(int attempts) {
		Duration backoff = this.backoffBase.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return (backoff.compareTo(this.backoffMax) > 0) ? this.backoffMax : backoff;
	}

}
