package org.socialchange.platform.admin;

import java.net.URI;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether a Telegram bot token is configured; without one the application runs in sandbox
 * mode with a local stand-in of Telegram and a browser chat. And whether Telegram calls a
 * webhook, whose path then needs no sign-in (the bot checks the webhook's secret; its
 * settings are validated there).
 */
@ConfigurationProperties("platform.telegram")
record TelegramMode(String token, String webhookUrl) {

	private static final Pattern PLAIN_PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+/?");

	boolean sandbox() {
		return this.token == null || this.token.isBlank();
	}

	/**
	 * The path of the webhook's URL; null without a webhook or with a URL the bot
	 * refuses, which has no such path of plain segments.
	 */
	String webhookPath() {
		if (!StringUtils.hasText(this.webhookUrl)) {
			return null;
		}
		try {
			String path = URI.create(this.webhookUrl.strip()).getRawPath();
			return (path != null && PLAIN_PATH.matcher(path).matches()) ? path : null;
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
	}

	@Override
	public String toString() {
		return "TelegramMode[sandbox=" + sandbox() + ", webhookPath=" + webhookPath() + "]";
	}

	/** Matches when a webhook URL is configured. */
	static final class WebhookConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("platform.telegram.webhook-url"));
		}

	}

}
