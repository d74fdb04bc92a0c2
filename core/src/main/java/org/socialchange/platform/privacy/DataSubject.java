package org.socialchange.platform.privacy;

import java.util.Objects;

import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.identity.TelegramUserId;

/**
 * The person whose data is exported or erased, by every id a feature may have stored them
 * under: the educator, their Telegram account and their private chat with the bot.
 */
public record DataSubject(EducatorId educatorId, TelegramUserId telegramUserId, ChatId chatId) {

	public DataSubject {
		Objects.requireNonNull(educatorId, "educatorId");
		Objects.requireNonNull(telegramUserId, "telegramUserId");
		Objects.requireNonNull(chatId, "chatId");
	}

	public static DataSubject of(long educatorId, long telegramUserId, long chatId) {
		return new DataSubject(EducatorId.of(educatorId), TelegramUserId.of(telegramUserId), ChatId.of(chatId));
	}

}
