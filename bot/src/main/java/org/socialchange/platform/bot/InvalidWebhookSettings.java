package org.socialchange.platform.bot;

/**
 * Webhook mode was configured in a way that cannot work or would not be safe; the message
 * says what is wrong (never the secret itself) and {@link #action()} what to do.
 */
class InvalidWebhookSettings extends IllegalStateException {

	private final String action;

	private InvalidWebhookSettings(String reason, String action) {
		super(reason);
		this.action = action;
	}

	String action() {
		return this.action;
	}

	static InvalidWebhookSettings url(String url, String problem) {
		return new InvalidWebhookSettings("TELEGRAM_WEBHOOK_URL " + url + " " + problem + ".",
				"Set TELEGRAM_WEBHOOK_URL to the public https:// address Telegram calls, such as "
						+ "https://platform.example.org/telegram/webhook (the TLS proxy forwards that path to the "
						+ "platform), or remove it to use long polling.");
	}

	static InvalidWebhookSettings secretMissing() {
		return secret("TELEGRAM_WEBHOOK_URL is set, but TELEGRAM_WEBHOOK_SECRET is not set: without a secret anyone "
				+ "who finds the webhook could send the bot updates in any educator's name.");
	}

	static InvalidWebhookSettings secretMalformed() {
		return secret("TELEGRAM_WEBHOOK_SECRET is not 1 to 256 characters of A-Z, a-z, 0-9, _ and -, as Telegram "
				+ "requires (the secret itself is not shown).");
	}

	private static InvalidWebhookSettings secret(String reason) {
		return new InvalidWebhookSettings(reason,
				"Set TELEGRAM_WEBHOOK_SECRET (or TELEGRAM_WEBHOOK_SECRET_FILE) to 1 to 256 characters of A-Z, a-z, "
						+ "0-9, _ and -, for example the output of `openssl rand -hex 32`, or remove "
						+ "TELEGRAM_WEBHOOK_URL to use long polling.");
	}

}
