package org.socialchange.platform.identity;

/** A Telegram account, as Telegram numbers it; never the same thing as a chat. */
public record TelegramUserId(long value) {

	public TelegramUserId {
		if (value <= 0) {
			throw new IllegalArgumentException("A Telegram user id is positive, not " + value);
		}
	}

	public static TelegramUserId of(long value) {
		return new TelegramUserId(value);
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
