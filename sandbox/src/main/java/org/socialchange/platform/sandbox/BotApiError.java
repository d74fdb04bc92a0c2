package org.socialchange.platform.sandbox;

/** A Bot API error as Telegram reports it: an HTTP code and a description. */
class BotApiError extends RuntimeException {

	private final int code;

	private final Long retryAfter;

	private final Long migrateToChatId;

	BotApiError(int code, String description) {
		this(code, description, null);
	}

	BotApiError(int code, String description, Long retryAfter) {
		this(code, description, retryAfter, null);
	}

	private BotApiError(int code, String description, Long retryAfter, Long migrateToChatId) {
		super(description);
		this.code = code;
		this.retryAfter = retryAfter;
		this.migrateToChatId = migrateToChatId;
	}

	/**
	 * A group upgraded to a supergroup, named in {@code parameters.migrate_to_chat_id}.
	 */
	static BotApiError migrated(long supergroupId) {
		return new BotApiError(400, "Bad Request: group chat was upgraded to a supergroup chat", null, supergroupId);
	}

	static BotApiError badRequest(String description) {
		return new BotApiError(400, "Bad Request: " + description);
	}

	int code() {
		return this.code;
	}

	/** The seconds to wait that a 429 carries in {@code parameters.retry_after}. */
	Long retryAfter() {
		return this.retryAfter;
	}

	/** The supergroup a group became, which a 400 carries in its parameters. */
	Long migrateToChatId() {
		return this.migrateToChatId;
	}

}
