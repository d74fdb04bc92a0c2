package org.socialchange.platform.sandbox;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.database.DataSettings;

/**
 * The sandbox Bot API in sandbox mode: its state continues the update ids the bot has
 * recorded (Telegram never reuses one), is saved every second (configurable), and
 * releases every waiting poll first on shutdown; it enforces Telegram's rate limits as
 * configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSandbox
@EnableConfigurationProperties(SandboxSettings.class)
class SandboxConfiguration {

	@Bean
	SandboxTelegram sandboxTelegram(DataSettings settings, Clock clock, JdbcTemplate jdbc,
			SandboxSettings sandboxSettings) {
		Long lastUpdateId = jdbc.queryForObject("select coalesce(max(update_id), 0) from telegram_updates", Long.class);
		return new SandboxTelegram(new SandboxStore(settings.directory("sandbox")), clock, lastUpdateId,
				new SandboxLimits(sandboxSettings));
	}

	@Bean
	SmartLifecycle sandboxLifecycle(SandboxTelegram sandbox, SandboxSettings settings) {
		return new SmartLifecycle() {

			private ScheduledExecutorService saver;

			@Override
			public void start() {
				this.saver = Executors.newSingleThreadScheduledExecutor((runnable) -> {
					Thread thread = new Thread(runnable, "sandbox-saver");
					thread.setDaemon(true);
					return thread;
				});
				long interval = settings.saveInterval().toMillis();
				this.saver.scheduleWithFixedDelay(sandbox::flush, interval, interval, TimeUnit.MILLISECONDS);
			}

			@Override
			public void stop() {
				this.saver.shutdownNow();
				sandbox.close();
				this.saver = null;
			}

			@Override
			public boolean isRunning() {
				return this.saver != null;
			}

		};
	}

}
