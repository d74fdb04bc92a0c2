package org.socialchange.platform.sandbox;

/** A Bot API error as Telegram reports it: an HTTP code and a description. */
class BotApiError extends RuntimeException {

	private final int code;

	private final Long retryAfter;

	BotApiError(int code, String description) {
		this(code, description, null);
	}

	BotApiError(int code, String description, Long retryAfter) {
		super(description);
		this.code = code;
		this.retryAfter = retryAfter;
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

}
