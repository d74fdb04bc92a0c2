package org.socialchange.platform.delivery;

import java.time.Instant;

import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;

/**
 * A message to put in the outbox: its recipient (the educator, when it goes to one, so an
 * erased or paused educator gets nothing; {@code null} for a chat of no educator), chat,
 * forum topic in a group chat ({@code null}: none), text, optional link button, and its
 * window.
 */
public record NewDelivery(EducatorId educatorId, ChatId chatId, Integer threadId, String text, String linkText,
		String linkUrl, Instant notBefore, Instant expiresAt) {

	/** A message to a chat without forum topics (a private chat, say). */
	public NewDelivery(EducatorId educatorId, ChatId chatId, String text, String linkText, String linkUrl,
			Instant notBefore, Instant expiresAt) {
		this(educatorId, chatId, null, text, linkText, linkUrl, notBefore, expiresAt);
	}

}
