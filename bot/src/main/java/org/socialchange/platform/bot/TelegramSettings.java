package org.socialchange.platform.bot;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.socialchange.platform.sandbox.SandboxMode;

/**
 * How the bot reaches Telegram: the token ({@code TELEGRAM_BOT_TOKEN}; none means sandbox
 * mode), the Bot API address, which may carry a path prefix, an optional proxy, and how
 * many updates of different chats are handled at once (1: one at a time).
 */
@ConfigurationProperties("platform.telegram")
public record TelegramSettings(String token, @DefaultValue("https://api.telegram.org") URI apiUrl, URI proxy,
		@DefaultValue("25s") Duration pollTimeout, @DefaultValue("8") int handlerThreads) {

	/** The token the sandbox Bot API accepts. */
	public static final String SANDBOX_TOKEN = SandboxMode.TOKEN;

	public boolean sandbox() {
		return SandboxMode.isSandbox(this.token);
	}

	public String effectiveToken() {
		return sandbox() ? SANDBOX_TOKEN : this.token.trim();
	}

	/** Shows neither the token nor the proxy's credentials, wherever it is printed. */
	@Override
	public String toString() {
		String shownProxy = (this.proxy != null)
				? this.proxy.getScheme() + "://" + ((this.proxy.getUserInfo() != null) ? "******@" : "")
						+ this.proxy.getHost() + ":" + this.proxy.getPort()
				: "none";
		return "TelegramSettings[token=" + (sandbox() ? "none (sandbox)" : "******") + ", apiUrl=" + this.apiUrl
				+ ", proxy=" + shownProxy + ", pollTimeout=" + this.pollTimeout + ", handlerThreads="
				+ this.handlerThreads + "]";
	}

}
