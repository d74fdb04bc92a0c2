package org.socialchange.platform.coordinators;

import java.time.Instant;

/**
 * A one-time code a coordinator sends to the bot to link their Telegram account; shown
 * once, stored only as a hash, valid until {@code expiresAt}.
 */
public record TelegramLinkCode(String code, Instant expiresAt) {

	@Override
	public String toString() {
		return "TelegramLinkCode[expiresAt=" + this.expiresAt + "]";
	}

}
