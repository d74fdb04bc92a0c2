package org.socialchange.platform.delivery;

import org.socialchange.platform.identity.ChatId;

/**
 * One message as the channel sends it: plain text (no parse mode), an optional link
 * button, and whether it goes out as a paid broadcast.
 */
public record OutgoingMessage(ChatId chatId, Integer threadId, String text, String linkText, String linkUrl,
		boolean paid) {

	/** A message to a chat without forum topics. */
	public OutgoingMessage(ChatId chatId, String text, String linkText, String linkUrl, boolean paid) {
		this(chatId, null, text, linkText, linkUrl, paid);
	}

	public boolean hasLink() {
		return this.linkText != null && !this.linkText.isBlank() && this.linkUrl != null && !this.linkUrl.isBlank();
	}

}
