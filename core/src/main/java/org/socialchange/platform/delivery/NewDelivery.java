package org.socialchange.platform.delivery;

import java.time.Instant;
import java.util.List;

import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;

/**
 * A message to put in the outbox: its recipient (the educator, when it goes to one, so an
 * erased or paused educator gets nothing; {@code null} for a chat of no educator), chat,
 * forum topic in a group chat ({@code null}: none), text, optional link button, and its
 * window; optionally rows of inline buttons, a photo (a URL or Telegram file id, the text
 * its caption) and HTML formatting of the text.
 */
public record NewDelivery(EducatorId educatorId, ChatId chatId, Integer threadId, String text, String linkText,
		String linkUrl, Instant notBefore, Instant expiresAt, List<List<MessageButton>> buttons, String photo,
		boolean html) {

	public NewDelivery {
		buttons = (buttons != null) ? List.copyOf(buttons) : List.of();
	}

	public NewDelivery(EducatorId educatorId, ChatId chatId, Integer threadId, String text, String linkText,
			String linkUrl, Instant notBefore, Instant expiresAt) {
		this(educatorId, chatId, threadId, text, linkText, linkUrl, notBefore, expiresAt, List.of(), null, false);
	}

	/** A message to a chat without forum topics (a private chat, say). */
	public NewDelivery(EducatorId educatorId, ChatId chatId, String text, String linkText, String linkUrl,
			Instant notBefore, Instant expiresAt) {
		this(educatorId, chatId, null, text, linkText, linkUrl, notBefore, expiresAt);
	}

	/** The same message with these inline buttons, its text in HTML. */
	public NewDelivery withButtons(List<List<MessageButton>> rows) {
		return new NewDelivery(this.educatorId, this.chatId, this.threadId, this.text, this.linkText, this.linkUrl,
				this.notBefore, this.expiresAt, rows, this.photo, this.html);
	}

	/** The same message as a photo with the text as its caption. */
	public NewDelivery withPhoto(String photo) {
		return new NewDelivery(this.educatorId, this.chatId, this.threadId, this.text, this.linkText, this.linkUrl,
				this.notBefore, this.expiresAt, this.buttons, photo, this.html);
	}

	/** The same message, its text in Telegram's HTML. */
	public NewDelivery inHtml() {
		return new NewDelivery(this.educatorId, this.chatId, this.threadId, this.text, this.linkText, this.linkUrl,
				this.notBefore, this.expiresAt, this.buttons, this.photo, true);
	}

	/** Escapes text for Telegram's HTML parse mode. */
	public static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
