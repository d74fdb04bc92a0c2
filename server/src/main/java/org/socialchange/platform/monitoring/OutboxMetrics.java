package org.socialchange.platform.monitoring;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

import org.socialchange.platform.delivery.DeliveryState;
import org.socialchange.platform.delivery.OutboxStatistics;

/**
 * The outbox's gauges: messages per state ({@value #DEPTH}, tag {@code state} as stored,
 * {@code PENDING}, {@code SENT} and so on), the messages due now ({@value #DUE}) and the
 * wait of the oldest due one ({@value #OLDEST_DUE_WAIT}). {@link OutboxStatistics} reads
 * them from the database at most every ten seconds, however often they are scraped.
 */
@Component
class OutboxMetrics implements MeterBinder {

	static final String DEPTH = "platform.outbox.depth";

	static final String DUE = "platform.outbox.due";

	static final String OLDEST_DUE_WAIT = "platform.outbox.oldest.due.wait";

	private final OutboxStatistics outbox;

	OutboxMetrics(OutboxStatistics outbox) {
		this.outbox = outbox;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (DeliveryState state : DeliveryState.values()) {
			Gauge.builder(DEPTH, this.outbox, (outbox) -> outbox.countByState().get(state))
				.description("Messages in the delivery outbox, by state")
				.tag("state", state.name())
				.register(registry);
		}
		Gauge.builder(DUE, this.outbox, (outbox) -> outbox.backlog().due())
			.description("Messages of the outbox due now and not sent yet")
			.register(registry);
		TimeGauge
			.builder(OLDEST_DUE_WAIT, this.outbox, TimeUnit.SECONDS,
					(outbox) -> outbox.backlog().oldestWait().toSeconds())
			.description("How long the oldest due message of the outbox has waited")
			.register(registry);
	}

}
