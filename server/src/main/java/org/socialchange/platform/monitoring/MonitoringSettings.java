package org.socialchange.platform.monitoring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the health checks: the delivery backlog is DOWN when its oldest due
 * message has waited longer than {@code backlogMaxWait}; Telegram is asked at most once
 * per {@code telegramCheckEvery} and given {@code telegramTimeout} to answer.
 */
@ConfigurationProperties("platform.monitoring")
record MonitoringSettings(@DefaultValue("10m") Duration backlogMaxWait,
		@DefaultValue("30s") Duration telegramCheckEvery, @DefaultValue("5s") Duration telegramTimeout) {

}
