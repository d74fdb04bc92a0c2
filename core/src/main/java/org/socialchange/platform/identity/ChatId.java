package org.socialchange.platform.identity;

/**
 * A Telegram chat messages go to: positive for a private chat (the user's own id),
 * negative for groups, supergroups and channels.
 */
public record ChatId(long value) {

	public ChatId {
		if (value == 0) {
			throw new IllegalArgumentException("A chat id is never zero");
		}
	}

	public static ChatId of(long value) {
		return new ChatId(value);
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
