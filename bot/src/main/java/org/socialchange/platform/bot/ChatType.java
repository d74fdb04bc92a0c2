package org.socialchange.platform.bot;

import java.util.Locale;

/** The kinds of Telegram chat the dispatcher tells apart. */
public enum ChatType {

	PRIVATE, GROUP, SUPERGROUP, CHANNEL;

	/**
	 * Telegram's {@code chat.type}; anything unknown is treated as a channel and ignored.
	 */
	public static ChatType of(String type) {
		return switch ((type != null) ? type.toLowerCase(Locale.ROOT) : "") {
			case "private" -> PRIVATE;
			case "group" -> GROUP;
			case "supergroup" -> SUPERGROUP;
			default -> CHANNEL;
		};
	}

	/** True for the chats of several people where the bot is a member. */
	public boolean isGroup() {
		return this == GROUP || this == SUPERGROUP;
	}

}
