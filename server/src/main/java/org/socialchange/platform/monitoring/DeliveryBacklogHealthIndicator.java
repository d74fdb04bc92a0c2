package org.socialchange.platform.monitoring;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import org.socialchange.platform.delivery.OutboxStatistics;
import org.socialchange.platform.delivery.OutboxStatistics.Backlog;

/**
 * The {@code deliveryBacklog} health component: UP while the oldest due message of the
 * outbox has waited at most {@link MonitoringSettings#backlogMaxWait()} (10 minutes by
 * default), DOWN beyond. A due message that old means no worker sends (all instances have
 * {@code PLATFORM_DELIVERY_ENABLED=false}, Telegram refuses the bot) or the backlog
 * outgrew the rate limit: at 30 messages a second, 10 minutes send 18,000 messages, so a
 * platform that broadcasts to more people at once raises the threshold. Details: how many
 * messages are due, and the oldest one's wait in seconds.
 */
@Component
class DeliveryBacklogHealthIndicator implements HealthIndicator {

	private final OutboxStatistics outbox;

	private final MonitoringSettings settings;

	DeliveryBacklogHealthIndicator(OutboxStatistics outbox, MonitoringSettings settings) {
		this.outbox = outbox;
		this.settings = settings;
	}

	@Override
	public Health health() {
		Backlog backlog = this.outbox.backlog();
		Health.Builder health = (backlog.oldestWait().compareTo(this.settings.backlogMaxWait()) > 0) ? Health.down()
				: Health.up();
		return health.withDetail("due", backlog.due())
			.withDetail("oldestWaitSeconds", backlog.oldestWait().toSeconds())
			.withDetail("maxWaitSeconds", this.settings.backlogMaxWait().toSeconds())
			.build();
	}

}
