package org.socialchange.platform.delivery;

import java.util.List;

import org.socialchange.platform.identity.ChatId;

/**
 * One message as the channel sends it: its text (plain, or Telegram's HTML when
 * {@code html}), an optional link button and rows of inline buttons, an optional photo
 * (the text its caption), and whether it goes out as a paid broadcast.
 */
public record OutgoingMessage(ChatId chatId, Integer threadId, String text, String linkText, String linkUrl,
		boolean paid, List<List<MessageButton>> buttons, String photo, boolean html) {

	public OutgoingMessage {
		buttons = (buttons != null) ? List.copyOf(buttons) : List.of();
	}

	public OutgoingMessage(ChatId chatId, Integer threadId, String text, String linkText, String linkUrl,
			boolean paid) {
		this(chatId, threadId, text, linkText, linkUrl, paid, List.of(), null, false);
	}

	/** A message to a chat without forum topics. */
	public OutgoingMessage(ChatId chatId, String text, String linkText, String linkUrl, boolean paid) {
		this(chatId, null, text, linkText, linkUrl, paid);
	}

	public boolean hasLink() {
		return this.linkText != null && !this.linkText.isBlank() && this.linkUrl != null && !this.linkUrl.isBlank();
	}

}
