package org.socialchange.platform.initiatives;

import java.util.regex.Pattern;

import org.socialchange.platform.educators.FreeText.InvalidText;

/**
 * Text of several lines an educator wrote: control and invisible format characters
 * removed (line breaks and the zero-width joiner of emoji kept), spaces at line ends and
 * more than one empty line dropped, trimmed, and limited in length.
 */
public final class PostText {

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\u200D]]");

	private static final Pattern TRAILING = Pattern.compile("[ \\t\\u00A0]+\\n");

	private static final Pattern EMPTY_LINES = Pattern.compile("\\n{3,}");

	private PostText() {
	}

	/**
	 * The cleaned text; {@link InvalidText} when nothing or more than {@code max} is
	 * left.
	 */
	public static String of(String raw, int max) {
		String text = (raw != null) ? raw.replace("\r\n", "\n").replace('\r', '\n') : "";
		text = INVISIBLE.matcher(text).replaceAll(" ");
		text = EMPTY_LINES.matcher(TRAILING.matcher(text).replaceAll("\n")).replaceAll("\n\n").strip();
		if (text.isEmpty()) {
			throw new InvalidText(InvalidText.Reason.EMPTY, max);
		}
		if (text.codePointCount(0, text.length()) > max) {
			throw new InvalidText(InvalidText.Reason.TOO_LONG, max);
		}
		return text;
	}

}
