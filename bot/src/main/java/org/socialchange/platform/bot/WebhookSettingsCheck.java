package org.socialchange.platform.bot;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses webhook settings that cannot work or would not be safe as soon as the
 * configuration is read (secrets from files included), before the database starts or
 * anything is served; {@link TelegramSettings} checks the same when it is bound.
 */
class WebhookSettingsCheck implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty(WebhookMode.URL_PROPERTY);
		if (WebhookMode.configured(url)) {
			TelegramSettings.checkWebhook(url.strip(), environment.getProperty("platform.telegram.webhook-secret"));
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
