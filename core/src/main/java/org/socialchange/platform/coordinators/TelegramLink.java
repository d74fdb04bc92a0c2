package org.socialchange.platform.coordinators;

import java.time.Instant;

/**
 * A coordinator's own Telegram account: the user, their private chat with the bot, the
 * name to show (first name or {@code @username}), and when it was linked ({@code null}
 * while linking).
 */
public record TelegramLink(long userId, long chatId, String name, Instant linkedAt) {

	@Override
	public String toString() {
		return "TelegramLink[" + this.name + "]";
	}

}
