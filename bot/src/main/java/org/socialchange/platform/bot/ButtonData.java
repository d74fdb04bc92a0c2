package org.socialchange.platform.bot;

/**
 * What an inline button carries back when pressed: a typed record that encodes itself as
 * Telegram's {@code callback_data} (at most 64 bytes) through its {@link ButtonType}.
 */
public interface ButtonData {

	/** The callback data, {@code prefix:value…}; fails when it would exceed 64 bytes. */
	String encode();

}
