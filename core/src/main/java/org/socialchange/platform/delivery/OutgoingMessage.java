package org.socialchange.platform.delivery;

import org.socialchange.platform.identity.ChatId;

/**
 * One message as the channel sends it: plain text (no parse mode), an optional link
 * button, and whether it goes out as a paid broadcast.
 */
public record OutgoingMessage(ChatId chatId, String text, String linkText, String linkUrl, boolean paid) {

	public boolean hasLink() {
		return this.linkText != null && !this.linkText.isBlank() && this.linkUrl != null && !this.linkUrl.isBlank();
	}

}
