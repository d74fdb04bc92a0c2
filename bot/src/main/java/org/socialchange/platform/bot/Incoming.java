package org.socialchange.platform.bot;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.translations.Language;

/**
 * One update as the handlers see it: who sent it, in which chat (and topic), the language
 * to answer in, and the educator if they are registered.
 */
public record Incoming(Update update, User from, ChatRef chat, Language language, Optional<Educator> educator) {

	public Optional<Message> message() {
		return Optional.ofNullable(this.update.getMessage());
	}

	public Optional<CallbackQuery> callbackQuery() {
		return Optional.ofNullable(this.update.getCallbackQuery());
	}

	public TelegramUserId user() {
		return TelegramUserId.of(this.from.getId());
	}

	public ChatId chatId() {
		return this.chat.id();
	}

	/** True once the educator completed registration. */
	public boolean registered() {
		return this.educator.filter(Educator::isRegistered).isPresent();
	}

	/** The first name Telegram reports, as the greeting's fallback. */
	public String firstName() {
		return (this.from.getFirstName() != null) ? this.from.getFirstName() : "";
	}

	/** The educator's own time zone; UTC until they have told theirs. */
	public ZoneId zone() {
		return this.educator.flatMap(Educator::timeZone).orElse(ZoneOffset.UTC);
	}

	/** The same update with the educator as they are now, after a change. */
	public Incoming with(Educator changed) {
		return new Incoming(this.update, this.from, this.chat, changed.language(), Optional.of(changed));
	}

}
