package org.socialchange.platform.bot;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.socialchange.platform.sandbox.SandboxMode;

/**
 * How the bot reaches Telegram: the token ({@code TELEGRAM_BOT_TOKEN}; none means sandbox
 * mode), the Bot API address, which may carry a path prefix, an optional proxy, how many
 * updates of different chats are handled at once (1: one at a time), and, for webhook
 * mode, the public address Telegram calls ({@code TELEGRAM_WEBHOOK_URL}) with the secret
 * it sends along ({@code TELEGRAM_WEBHOOK_SECRET}). A webhook address comes with a
 * well-formed secret or the settings are refused: an endpoint anyone could feed updates
 * to would let them act as any educator.
 */
@ConfigurationProperties("platform.telegram")
public record TelegramSettings(String token, @DefaultValue("https://api.telegram.org") URI apiUrl, URI proxy,
		@DefaultValue("25s") Duration pollTimeout, @DefaultValue("8") int handlerThreads, String webhookUrl,
		String webhookSecret) {

	/** The token the sandbox Bot API accepts. */
	public static final String SANDBOX_TOKEN = SandboxMode.TOKEN;

	/** What Telegram accepts as a webhook's {@code secret_token}. */
	private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

	/**
	 * The webhook's path: plain segments, so that it is one exact path for the servlet
	 * container and Spring Security alike (no pattern characters, no escapes).
	 */
	private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+/?");

	private static final Pattern LOOPBACK_IPV4 = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

	public TelegramSettings {
		if (WebhookMode.configured(webhookUrl)) {
			webhookUrl = webhookUrl.strip();
			checkWebhook(webhookUrl, webhookSecret);
		}
		else {
			webhookUrl = null;
		}
	}

	public boolean sandbox() {
		return SandboxMode.isSandbox(this.token);
	}

	public String effectiveToken() {
		return sandbox() ? SANDBOX_TOKEN : this.token.trim();
	}

	/** Whether Telegram calls the bot's webhook rather than the bot polling Telegram. */
	public boolean webhook() {
		return this.webhookUrl != null;
	}

	/** The path the webhook is served at: the path of its public address. */
	public String webhookPath() {
		return webhook() ? URI.create(this.webhookUrl).getRawPath() : null;
	}

	/**
	 * Refuses a webhook URL Telegram cannot call or that is not one plain path, and a
	 * missing or malformed secret, with {@link InvalidWebhookSettings}.
	 */
	static void checkWebhook(String url, String secret) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw InvalidWebhookSettings.url(url, "is not a URL (" + ex.getReason() + ")");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
			throw InvalidWebhookSettings.url(url, "is not an https:// address with a host name");
		}
		if (scheme.equals("http") && !loopback(uri.getHost())) {
			throw InvalidWebhookSettings.url(url,
					"is http://: Telegram calls webhooks over https:// only (http:// is accepted only to this "
							+ "machine, for tests and the sandbox)");
		}
		if (uri.getRawPath() == null || !PATH.matcher(uri.getRawPath()).matches()) {
			throw InvalidWebhookSettings.url(url,
					"has no path of its own, or one with other characters than letters, digits and . _ ~ - "
							+ "between its slashes (the webhook is served at exactly that path, such as "
							+ "/telegram/webhook)");
		}
		if (secret == null || secret.isEmpty()) {
			throw InvalidWebhookSettings.secretMissing();
		}
		if (!SECRET.matcher(secret).matches()) {
			throw InvalidWebhookSettings.secretMalformed();
		}
	}

	/**
	 * Whether the host is this machine, judged by its name alone: {@code localhost} or a
	 * loopback address literal, never a name looked up.
	 */
	private static boolean loopback(String host) {
		String bare = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		return bare.equalsIgnoreCase("localhost") || LOOPBACK_IPV4.matcher(bare).matches() || bare.equals("::1")
				|| bare.equals("0:0:0:0:0:0:0:1");
	}

	/**
	 * Shows neither the token, nor the proxy's credentials, nor the webhook's secret,
	 * wherever it is printed.
	 */
	@Override
	public String toString() {
		String shownProxy = (this.proxy != null)
				? this.proxy.getScheme() + "://" + ((this.proxy.getUserInfo() != null) ? "******@" : "")
						+ this.proxy.getHost() + ":" + this.proxy.getPort()
				: "none";
		String shownWebhook = "none";
		if (webhook()) {
			URI url = URI.create(this.webhookUrl);
			shownWebhook = url.getScheme() + "://" + url.getHost() + ((url.getPort() != -1) ? ":" + url.getPort() : "")
					+ url.getRawPath() + ", webhookSecret=******";
		}
		return "TelegramSettings[token=" + (sandbox() ? "none (sandbox)" : "******") + ", apiUrl=" + this.apiUrl
				+ ", proxy=" + shownProxy + ", pollTimeout=" + this.pollTimeout + ", handlerThreads="
				+ this.handlerThreads + ", webhookUrl=" + shownWebhook + "]";
	}

}
