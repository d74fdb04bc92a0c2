package org.socialchange.platform.training;

import java.util.Optional;

/**
 * The callback data of a prompt's buttons, which the bot reads back:
 * {@code tq:<send>:<n>} chooses option n, {@code tq:<send>:r} starts a reflection.
 */
public final class TrainingButtons {

	public static final String PREFIX = "tq";

	public static final String REFLECT = "r";

	private TrainingButtons() {
	}

	static String option(long sendId, int option) {
		return PREFIX + ":" + sendId + ":" + option;
	}

	static String reflect(long sendId) {
		return PREFIX + ":" + sendId + ":" + REFLECT;
	}

	/** A press read back: the send and either an option or a reflection. */
	public record Press(long sendId, Integer option) {

		public boolean reflect() {
			return this.option == null;
		}

	}

	/**
	 * The press of callback data after the prefix ({@code <send>:<n|r>}); empty if
	 * forged.
	 */
	public static Optional<Press> read(String value) {
		String[] parts = value.split(":");
		if (parts.length != 2) {
			return Optional.empty();
		}
		try {
			long send = Long.parseLong(parts[0]);
			if (REFLECT.equals(parts[1])) {
				return Optional.of(new Press(send, null));
			}
			int option = Integer.parseInt(parts[1]);
			return (option >= 0 && option < PromptText.MAX_OPTIONS) ? Optional.of(new Press(send, option))
					: Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
