package org.socialchange.platform.bot;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of button data: its prefix and how its value is read back. Decoding answers
 * empty for stale or forged data instead of throwing.
 *
 * @param <T> the record the data decodes to
 */
public final class ButtonType<T extends ButtonData> {

	/** Telegram's limit for {@code callback_data}. */
	public static final int MAX_BYTES = 64;

	private final String prefix;

	private final Function<String, Optional<T>> decoder;

	private ButtonType(String prefix, Function<String, Optional<T>> decoder) {
		if (prefix.isEmpty() || prefix.contains(":")) {
			throw new IllegalArgumentException("A button prefix is a word without a colon: " + prefix);
		}
		this.prefix = prefix;
		this.decoder = decoder;
	}

	public static <T extends ButtonData> ButtonType<T> of(String prefix, Function<String, Optional<T>> decoder) {
		return new ButtonType<>(prefix, decoder);
	}

	public String prefix() {
		return this.prefix;
	}

	/** Joins the prefix and the parts with colons, refusing more than 64 bytes. */
	public String encode(String... parts) {
		return join(this.prefix, parts);
	}

	/** The callback data of a prefix and parts, refusing more than 64 bytes. */
	static String join(String prefix, String... parts) {
		String data = prefix + ":" + String.join(":", parts);
		int bytes = data.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_BYTES) {
			throw new ButtonDataTooLong(data, bytes);
		}
		return data;
	}

	/** The record for the value after the prefix; empty when it is not one. */
	public Optional<T> decode(String value) {
		return this.decoder.apply(value);
	}

	/** Button data that Telegram would refuse. */
	public static class ButtonDataTooLong extends IllegalStateException {

		ButtonDataTooLong(String data, int bytes) {
			super("Button data of " + bytes + " bytes exceeds Telegram's " + MAX_BYTES + ": " + data);
		}

	}

}
