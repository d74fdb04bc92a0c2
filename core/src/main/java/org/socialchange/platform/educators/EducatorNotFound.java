package org.socialchange.platform.educators;

/** No educator is registered with that Telegram user id. */
public class EducatorNotFound extends RuntimeException {

	EducatorNotFound(long telegramUserId) {
		super("No educator with Telegram user id " + telegramUserId);
	}

}
