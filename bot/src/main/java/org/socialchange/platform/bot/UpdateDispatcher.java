package org.socialchange.platform.bot;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import org.springframework.stereotype.Component;

import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.LanguageMatching;

/**
 * Routes an update to the handler of its command or button; anything else in a private
 * chat gets the help. Group messages, edits and other update kinds are ignored on purpose
 * for now.
 */
@Component
class UpdateDispatcher {

	private final EducatorManagement educators;

	private final Map<String, CommandHandler> commands;

	private final Map<String, CallbackHandler> callbacks;

	private final HelpCommand help;

	private final Replies replies;

	private final RegistrationFlow registration;

	UpdateDispatcher(EducatorManagement educators, List<CommandHandler> commands, List<CallbackHandler> callbacks,
			HelpCommand help, Replies replies, RegistrationFlow registration) {
		this.registration = registration;
		this.educators = educators;
		this.commands = commands.stream().collect(Collectors.toMap(CommandHandler::command, Function.identity()));
		this.callbacks = callbacks.stream().collect(Collectors.toMap(CallbackHandler::prefix, Function.identity()));
		this.help = help;
		this.replies = replies;
	}

	void dispatch(Update update) {
		if (update.hasMessage() && update.getMessage().isUserMessage()) {
			onMessage(incoming(update, update.getMessage().getFrom(), update.getMessage().getChatId()),
					update.getMessage());
		}
		else if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null
				&& update.getCallbackQuery().getMessage().isUserMessage()) {
			CallbackQuery query = update.getCallbackQuery();
			onCallback(incoming(update, query.getFrom(), query.getMessage().getChatId()), query);
		}
		else if (update.hasMyChatMember() && "private".equals(update.getMyChatMember().getChat().getType())) {
			onChatMember(update.getMyChatMember());
		}
	}

	/** The user blocked the bot ({@code kicked}) or came back ({@code member}). */
	private void onChatMember(ChatMemberUpdated change) {
		String status = change.getNewChatMember().getStatus();
		if ("kicked".equals(status)) {
			this.educators.markUnreachable(change.getChat().getId());
		}
		else if ("member".equals(status)) {
			this.educators.markReachable(change.getChat().getId());
		}
	}

	/** Who wrote and where to answer, when the update has a private chat to answer in. */
	static Optional<Long> privateChat(Update update) {
		if (update.hasMessage() && update.getMessage().isUserMessage()) {
			return Optional.of(update.getMessage().getChatId());
		}
		if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null
				&& update.getCallbackQuery().getMessage().isUserMessage()) {
			return Optional.of(update.getCallbackQuery().getMessage().getChatId());
		}
		return Optional.empty();
	}

	Incoming incoming(Update update, User from, long chatId) {
		Optional<Educator> educator = this.educators.find(from.getId());
		Language language = educator.map(Educator::language)
			.orElseGet(() -> LanguageMatching.match(from.getLanguageCode()));
		return new Incoming(update, from, chatId, language, educator);
	}

	private void onMessage(Incoming incoming, Message message) {
		// TelegramBots computes isCommand() only once the entities have been read
		message.getEntities();
		if (message.hasText() && message.isCommand()) {
			String text = message.getText().trim();
			int space = text.indexOf(' ');
			String word = (space < 0) ? text.substring(1) : text.substring(1, space);
			String name = word.contains("@") ? word.substring(0, word.indexOf('@')) : word;
			String argument = (space < 0) ? "" : text.substring(space + 1).trim();
			CommandHandler handler = this.commands.get(name.toLowerCase(Locale.ROOT));
			if (handler != null) {
				handler.handle(incoming, argument);
				return;
			}
		}
		Optional<Educator> educator = incoming.educator().filter((e) -> e.awaiting().isPresent());
		if (educator.isPresent() && !(message.hasText() && message.getText().startsWith("/"))) {
			this.registration.onMessage(incoming, educator.get(), message);
			return;
		}
		this.help.notUnderstood(incoming);
	}

	private void onCallback(Incoming incoming, CallbackQuery query) {
		String data = (query.getData() != null) ? query.getData() : "";
		int colon = data.indexOf(':');
		CallbackHandler handler = (colon > 0) ? this.callbacks.get(data.substring(0, colon)) : null;
		if (handler == null || !handler.handle(incoming, query, data.substring(colon + 1))) {
			this.replies.answer(query.getId(), this.replies.text(incoming, "callback.stale"));
		}
	}

}
