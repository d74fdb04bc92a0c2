package org.socialchange.platform.training;

import java.util.List;

/** A prompt's text in one language, with the labels of its choice options. */
public record PromptText(String text, List<String> options) {

	public static final int MAX_TEXT = 3500;

	/** With a photo the text is its caption, which Telegram limits. */
	public static final int MAX_CAPTION = 900;

	public static final int MAX_OPTION = 40;

	public static final int MAX_OPTIONS = 8;

	public PromptText {
		options = (options != null) ? List.copyOf(options) : List.of();
	}

}
