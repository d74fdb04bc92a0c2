package org.socialchange.platform.sandbox;

/** A Bot API error as Telegram reports it: an HTTP code and a description. */
class BotApiError extends RuntimeException {

	private final int code;

	BotApiError(int code, String description) {
		super(description);
		this.code = code;
	}

	static BotApiError badRequest(String description) {
		return new BotApiError(400, "Bad Request: " + description);
	}

	int code() {
		return this.code;
	}

}
