package org.socialchange.platform.bot.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.socialchange.platform.bot.ButtonData;
import org.socialchange.platform.bot.ButtonType;

/**
 * The answer to "erase everything?" with the moment the question was asked, e.g.
 * {@code del:yes:t5x3k2}; a confirmation counts only within {@link #VALID} of it, and one
 * from before the moment was kept counts as expired.
 */
record DeleteConfirmation(boolean erase, Instant asked) implements ButtonData {

	/** How long the question may be answered with "yes". */
	static final Duration VALID = Duration.ofMinutes(15);

	static final ButtonType<DeleteConfirmation> TYPE = ButtonType.of("del", DeleteConfirmation::decode);

	@Override
	public String encode() {
		return TYPE.encode(this.erase ? "yes" : "no", Long.toString(this.asked.getEpochSecond(), Character.MAX_RADIX));
	}

	/** True when the question was asked too long before {@code now}. */
	boolean expired(Instant now) {
		return this.asked.plus(VALID).isBefore(now);
	}

	private static Optional<DeleteConfirmation> decode(String value) {
		String[] parts = value.split(":", -1);
		if (!parts[0].equals("yes") && !parts[0].equals("no")) {
			return Optional.empty();
		}
		Instant asked = Instant.EPOCH;
		if (parts.length == 2) {
			try {
				asked = Instant.ofEpochSecond(Long.parseLong(parts[1], Character.MAX_RADIX));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}
		return (parts.length <= 2) ? Optional.of(new DeleteConfirmation(parts[0].equals("yes"), asked))
				: Optional.empty();
	}

}
