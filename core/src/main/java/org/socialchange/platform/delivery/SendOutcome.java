package org.socialchange.platform.delivery;

import java.time.Duration;

/** What the messenger answered to one send. */
public sealed interface SendOutcome {

	/** Accepted, with the messenger's message id. */
	record Sent(long messageId) implements SendOutcome {
	}

	/**
	 * Too many requests: nothing more to this chat (or anyone) before the wait is over.
	 */
	record RateLimited(Duration retryAfter) implements SendOutcome {
	}

	/** The user blocked the bot or the account is gone: never retried. */
	record Blocked(String description) implements SendOutcome {
	}

	/** The request can never succeed (chat not found, bad text): never retried. */
	record Rejected(String description) implements SendOutcome {
	}

	/**
	 * The group chat became a supergroup with a new id: the message goes there, and the
	 * features that know the chat follow it ({@link ChatMigrated}).
	 */
	record Migrated(long newChatId) implements SendOutcome {
	}

	/** Network trouble or a server error: worth another try later. */
	record Unavailable(String description) implements SendOutcome {
	}

}
