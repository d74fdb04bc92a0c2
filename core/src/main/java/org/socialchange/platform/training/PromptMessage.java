package org.socialchange.platform.training;

import java.util.List;

import org.socialchange.platform.delivery.MessageButton;

/**
 * A prompt as Telegram shows it: its text (Telegram's HTML), an optional photo (the text
 * its caption) and rows of inline buttons.
 */
public record PromptMessage(String text, String photo, List<List<MessageButton>> buttons) {

	public PromptMessage {
		buttons = List.copyOf(buttons);
	}

}
