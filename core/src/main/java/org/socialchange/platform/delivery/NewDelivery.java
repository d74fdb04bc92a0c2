package org.socialchange.platform.delivery;

import java.time.Instant;

/**
 * A message to put in the outbox: its recipient (the educator, when it goes to one, so an
 * erased or paused educator gets nothing), text, optional link button, and its window.
 */
public record NewDelivery(Long educatorId, long chatId, String text, String linkText, String linkUrl, Instant notBefore,
		Instant expiresAt) {
}
