package org.socialchange.platform.educators;

import java.util.regex.Pattern;

/**
 * Text an educator typed, cleaned: control and invisible format characters removed (the
 * zero-width joiner inside emoji kept), white space collapsed, trimmed, and limited in
 * length.
 */
public record FreeText(String value) {

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200D]]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** Cleans and checks; throws {@link InvalidText} when nothing or too much is left. */
	public static FreeText of(String raw, int maxLength) {
		String cleaned = SPACES.matcher(INVISIBLE.matcher((raw != null) ? raw : "").replaceAll(" "))
			.replaceAll(" ")
			.strip();
		cleaned = cleaned.replaceAll("^\\u200D+|\\u200D+$", "").strip();
		if (cleaned.isEmpty()) {
			throw new InvalidText(InvalidText.Reason.EMPTY, maxLength);
		}
		if (cleaned.codePointCount(0, cleaned.length()) > maxLength) {
			throw new InvalidText(InvalidText.Reason.TOO_LONG, maxLength);
		}
		return new FreeText(cleaned);
	}

	/** Text that is empty after cleaning, or too long. */
	public static class InvalidText extends RuntimeException {

		private final Reason reason;

		private final int maxLength;

		public InvalidText(Reason reason, int maxLength) {
			super(reason + " (at most " + maxLength + " characters)");
			this.reason = reason;
			this.maxLength = maxLength;
		}

		public Reason reason() {
			return this.reason;
		}

		public int maxLength() {
			return this.maxLength;
		}

		/** Why the text was refused. */
		public enum Reason {

			EMPTY, TOO_LONG

		}

	}

}
