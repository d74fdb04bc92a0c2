package org.socialchange.platform.identity;

import java.util.Optional;

/**
 * The bot's Telegram username, for links that open it; the bot implements this port so
 * the admin web can show invite links without knowing Telegram.
 */
public interface BotUsername {

	/** The username without {@code @}; empty while Telegram could not be asked. */
	Optional<String> username();

	/**
	 * The deep link that opens the bot with {@code /start payload}
	 * ({@code https://t.me/<bot>?start=<payload>}).
	 */
	default Optional<String> startLink(String payload) {
		return username().map((name) -> "https://t.me/" + name + "?start=" + payload);
	}

}
