package org.socialchange.platform.sandbox;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.ObjectProvider;
import io.micrometer.observation.ObservationPredicate;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.core.Ordered;

/**
 * The sandbox Bot API in sandbox mode: its state, kept in
 * {@code PLATFORM_DATA_DIR/sandbox} with the update ids it gave out (Telegram never
 * reuses one), is saved every second (configurable), and releases every waiting poll
 * first on shutdown; it enforces Telegram's rate limits as configured and posts updates
 * to a webhook while one is set ({@link SandboxWebhook}). It uses the application's
 * {@link Clock} if there is one. Only this machine may use it unless it was opened
 * ({@link SandboxAccess}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSandbox
@EnableConfigurationProperties({ SandboxSettings.class, SandboxDataSettings.class })
class SandboxConfiguration {

	@Bean
	SandboxTelegram sandboxTelegram(SandboxDataSettings data, ObjectProvider<Clock> clock,
			SandboxSettings sandboxSettings) {
		return new SandboxTelegram(new SandboxStore(data.directory()), clock.getIfAvailable(Clock::systemDefaultZone),
				new SandboxLimits(sandboxSettings));
	}

	/**
	 * Telegram's stand-in is not the platform: its requests stay out of the platform's
	 * HTTP observations (metrics), which would cost each Bot API call more than the call.
	 */
	@Bean
	ObservationPredicate sandboxRequestsUnobserved() {
		return (name, context) -> !(context instanceof ServerRequestObservationContext request
				&& request.getCarrier() != null && request.getCarrier().getRequestURI().startsWith("/sandbox"));
	}

	@Bean
	FilterRegistrationBean<SandboxAccess> sandboxAccess(SandboxSettings settings) {
		FilterRegistrationBean<SandboxAccess> registration = new FilterRegistrationBean<>(
				new SandboxAccess(settings.access()));
		registration.addUrlPatterns("/sandbox", "/sandbox/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * The Bot API, first of all filters (it answers by itself), admitting callers as the
	 * rest of the sandbox does.
	 */
	@Bean
	FilterRegistrationBean<SandboxBotApi> sandboxBotApi(SandboxTelegram telegram, SandboxSettings settings,
			FilterRegistrationBean<SandboxAccess> sandboxAccess) {
		FilterRegistrationBean<SandboxBotApi> registration = new FilterRegistrationBean<>(
				new SandboxBotApi(telegram, settings.latency(), sandboxAccess.getFilter()));
		registration.addUrlPatterns(SandboxBotApi.PATH + "/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	SmartLifecycle sandboxLifecycle(SandboxTelegram sandbox, SandboxSettings settings) {
		return new SmartLifecycle() {

			private ScheduledExecutorService saver;

			private SandboxWebhook webhook;

			@Override
			public void start() {
				this.webhook = new SandboxWebhook(sandbox);
				this.webhook.start();
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
				this.webhook.close();
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
