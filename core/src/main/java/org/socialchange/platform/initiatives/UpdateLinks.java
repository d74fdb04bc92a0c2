package org.socialchange.platform.initiatives;

import java.util.Optional;

import org.socialchange.platform.identity.BotUsername;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Deep-link payloads that open an update or an initiative in the bot
 * ({@code /start u-42}, {@code /start i-7}).
 */
public final class UpdateLinks {

	public static final String UPDATE = "u-";

	public static final String INITIATIVE = "i-";

	private UpdateLinks() {
	}

	/**
	 * The deep link of a payload, while the bot's username is known (the admin web alone
	 * has no bot).
	 */
	static Optional<String> startLink(ObjectProvider<BotUsername> bot, String payload) {
		BotUsername username = bot.getIfAvailable();
		return (username != null) ? username.startLink(payload) : Optional.empty();
	}

	public static String payload(long updateId) {
		return UPDATE + updateId;
	}

	public static String initiativePayload(long initiativeId) {
		return INITIATIVE + initiativeId;
	}

	/** The id in a payload with this prefix; empty for anything else. */
	public static Optional<Long> id(String payload, String prefix) {
		if (payload == null || !payload.startsWith(prefix)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(payload.substring(prefix.length())));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
