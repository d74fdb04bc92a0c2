package org.socialchange.platform.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether a Telegram bot token is configured; without one the application runs in sandbox
 * mode with a local stand-in of Telegram and a browser chat.
 */
@ConfigurationProperties("platform.telegram")
record TelegramMode(String token) {

	boolean sandbox() {
		return this.token == null || this.token.isBlank();
	}

	@Override
	public String toString() {
		return "TelegramMode[sandbox=" + sandbox() + "]";
	}

}
