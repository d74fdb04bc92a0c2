package org.socialchange.platform.bot;

import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Webhook mode, when {@code TELEGRAM_WEBHOOK_URL} is set: the endpoint at that URL's
 * path, and its registration with Telegram. {@link LongPolling} is off then.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(WebhookMode.On.class)
class WebhookConfiguration {

	@Bean
	ServletRegistrationBean<TelegramWebhook> telegramWebhook(TelegramSettings settings, UpdateIntake intake) {
		ServletRegistrationBean<TelegramWebhook> registration = new ServletRegistrationBean<>(
				new TelegramWebhook(intake, settings.webhookSecret()), settings.webhookPath());
		registration.setName("telegramWebhook");
		return registration;
	}

	@Bean
	WebhookRegistration webhookRegistration(TelegramSettings settings, TelegramClient telegram, CommandsMenu commands) {
		return new WebhookRegistration(settings, telegram, commands);
	}

}
