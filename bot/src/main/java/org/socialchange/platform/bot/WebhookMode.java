package org.socialchange.platform.bot;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The one rule that decides how updates arrive: by webhook when a webhook URL
 * ({@code TELEGRAM_WEBHOOK_URL}) is configured, otherwise by long polling; never both,
 * since Telegram refuses {@code getUpdates} while a webhook is set.
 */
final class WebhookMode {

	static final String URL_PROPERTY = "platform.telegram.webhook-url";

	private WebhookMode() {
	}

	static boolean configured(String webhookUrl) {
		return StringUtils.hasText(webhookUrl);
	}

	/** Matches when a webhook URL is configured. */
	static final class On implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return configured(context.getEnvironment().getProperty(URL_PROPERTY));
		}

	}

	/** Matches when no webhook URL is configured: then the bot polls. */
	static final class Off implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !configured(context.getEnvironment().getProperty(URL_PROPERTY));
		}

	}

}
