package org.socialchange.platform.bot;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import org.springframework.stereotype.Component;

import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.LanguageMatching;

/**
 * Routes an update by the kind of chat it came from. In a private chat: a command to its
 * handler, free text and step buttons to the active conversation's flow, other buttons to
 * their handler, anything else to the help. In a group or supergroup: only commands
 * addressed to this bot reach handlers that work there (answered in the same topic), and
 * the bot's own membership goes to the group membership handlers; everything else there,
 * channel posts and edits are ignored on purpose.
 */
@Component
class UpdateDispatcher {

	private final EducatorManagement educators;

	/** Handlers by command; one name may have a handler per kind of chat. */
	private final Map<String, List<CommandHandler>> commands;

	private final Map<String, ButtonHandler<?>> buttons;

	private final Map<String, Flow> flows;

	private final Map<String, ButtonType<StepButton>> stepButtons = new HashMap<>();

	private final List<GroupMembershipHandler> groupMembership;

	private final List<MessageHook> hooks;

	private final Conversations conversations;

	private final HelpCommand help;

	private final Replies replies;

	private final BotIdentity identity;

	UpdateDispatcher(EducatorManagement educators, List<CommandHandler> commands, List<ButtonHandler<?>> buttons,
			Flows flows, List<GroupMembershipHandler> groupMembership, List<MessageHook> hooks,
			Conversations conversations, HelpCommand help, Replies replies, BotIdentity identity) {
		this.educators = educators;
		this.commands = commands.stream().collect(Collectors.groupingBy(CommandHandler::command));
		this.buttons = buttons.stream()
			.collect(Collectors.toMap((handler) -> handler.type().prefix(), Function.identity()));
		this.flows = flows.byName();
		this.flows.values()
			.forEach((flow) -> this.stepButtons.putIfAbsent(flow.buttonPrefix(), StepButton.type(flow.buttonPrefix())));
		this.groupMembership = groupMembership;
		this.hooks = hooks;
		this.conversations = conversations;
		this.help = help;
		this.replies = replies;
		this.identity = identity;
	}

	/** The chat whose updates must be handled in order: the chat, else the sender. */
	static long chatKey(Update update) {
		if (update.hasMessage()) {
			return update.getMessage().getChatId();
		}
		if (update.hasCallbackQuery()) {
			MaybeInaccessibleMessage message = update.getCallbackQuery().getMessage();
			return (message != null) ? message.getChatId() : update.getCallbackQuery().getFrom().getId();
		}
		if (update.hasMyChatMember()) {
			return update.getMyChatMember().getChat().getId();
		}
		return 0;
	}

	/**
	 * False for what is ignored on purpose, decided without touching the database: group
	 * messages that are no command of this bot that works there, edits, channel posts and
	 * other update kinds.
	 */
	boolean concerns(Update update) {
		if (update.hasMessage()) {
			Message message = update.getMessage();
			ChatType type = ChatType.of(message.getChat().getType());
			if (type.isGroup() && message.getMigrateToChatId() != null) {
				return true;
			}
			return message.getFrom() != null && (type == ChatType.PRIVATE || (type.isGroup()
					&& command(message).filter((command) -> this.identity.addressed(command.addressee()))
						.flatMap((command) -> handler(command.name(), type))
						.isPresent()));
		}
		return (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null)
				|| update.hasMyChatMember();
	}

	void dispatch(Update update) {
		if (update.hasMessage() && update.getMessage().getMigrateToChatId() != null
				&& ChatType.of(update.getMessage().getChat().getType()).isGroup()) {
			long from = update.getMessage().getChatId();
			long to = update.getMessage().getMigrateToChatId();
			this.groupMembership.forEach((handler) -> handler.onMigration(from, to));
		}
		else if (update.hasMessage() && update.getMessage().getFrom() != null) {
			Message message = update.getMessage();
			ChatType type = ChatType.of(message.getChat().getType());
			Incoming incoming = incoming(update, message.getFrom(), chat(message.getChat(), message));
			if (type == ChatType.PRIVATE) {
				onPrivateMessage(incoming, message);
			}
			else if (type.isGroup()) {
				onGroupCommand(incoming, message);
			}
		}
		else if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
			CallbackQuery query = update.getCallbackQuery();
			Chat chat = query.getMessage().getChat();
			Incoming incoming = incoming(update, query.getFrom(), chat(chat, null));
			if (incoming.chat().isPrivate()) {
				onButton(incoming, query);
			}
			else {
				stale(incoming, query);
			}
		}
		else if (update.hasMyChatMember()) {
			onChatMember(update, update.getMyChatMember());
		}
	}

	/** Tells the user, in their language, that their update could not be handled. */
	void apologize(Update update) {
		User from = update.hasMessage() ? update.getMessage().getFrom()
				: update.hasCallbackQuery() ? update.getCallbackQuery().getFrom() : null;
		if (from == null || chatKey(update) <= 0) {
			return;
		}
		Incoming incoming = incoming(update, from, ChatRef.privateChat(chatKey(update)));
		try {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "error.generic"));
		}
		catch (RuntimeException ex) {
			// nothing more can be done; the failure itself is logged already
		}
	}

	private static ChatRef chat(Chat chat, Message message) {
		Integer thread = (message != null && Boolean.TRUE.equals(message.getIsTopicMessage()))
				? message.getMessageThreadId() : null;
		return new ChatRef(ChatId.of(chat.getId()), ChatType.of(chat.getType()), thread);
	}

	Incoming incoming(Update update, User from, ChatRef chat) {
		Optional<Educator> educator = this.educators.find(TelegramUserId.of(from.getId()));
		Language language = educator.map(Educator::language)
			.orElseGet(() -> LanguageMatching.match(from.getLanguageCode()));
		return new Incoming(update, from, chat, language, educator);
	}

	private void onPrivateMessage(Incoming incoming, Message message) {
		Optional<Command> command = command(message);
		if (command.isPresent()) {
			Optional<CommandHandler> handler = handler(command.get().name(), ChatType.PRIVATE);
			if (handler.isPresent()) {
				run(handler.get(), incoming, command.get().argument());
				return;
			}
			this.help.notUnderstood(incoming);
			return;
		}
		if (incoming.registered() && this.hooks.stream().anyMatch((hook) -> hook.take(incoming, message))) {
			return;
		}
		Optional<Conversation> conversation = this.conversations.active(incoming.user(), incoming.chatId())
			.filter((active) -> this.flows.containsKey(active.flow()));
		if (conversation.isPresent() && !(message.hasText() && message.getText().startsWith("/"))) {
			this.flows.get(conversation.get().flow()).onMessage(incoming, conversation.get(), message);
			return;
		}
		this.help.notUnderstood(incoming);
	}

	/**
	 * A command for this bot in a group (the rest never gets here, see
	 * {@link #concerns}).
	 */
	private void onGroupCommand(Incoming incoming, Message message) {
		ChatType type = incoming.chat().type();
		command(message).ifPresent((command) -> handler(command.name(), type)
			.ifPresent((handler) -> run(handler, incoming, command.argument())));
	}

	/** The handler of the command in this kind of chat, if it works there. */
	private Optional<CommandHandler> handler(String name, ChatType type) {
		return this.commands.getOrDefault(name, List.of())
			.stream()
			.filter((handler) -> handler.chats().contains(type))
			.findFirst();
	}

	private void run(CommandHandler handler, Incoming incoming, String argument) {
		if (handler.needsRegistration() && !incoming.registered()) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "profile.notRegistered"));
			return;
		}
		handler.handle(incoming, argument);
	}

	private void onButton(Incoming incoming, CallbackQuery query) {
		String data = (query.getData() != null) ? query.getData() : "";
		int colon = data.indexOf(':');
		String prefix = (colon > 0) ? data.substring(0, colon) : "";
		String value = (colon > 0) ? data.substring(colon + 1) : "";
		ButtonType<StepButton> stepType = this.stepButtons.get(prefix);
		if (stepType != null) {
			Optional<StepButton> button = stepType.decode(value);
			Optional<Conversation> conversation = this.conversations.active(incoming.user(), incoming.chatId())
				.filter((active) -> this.flows.containsKey(active.flow()));
			if (button.isPresent() && conversation.isPresent()
					&& onStep(incoming, query, conversation.get(), button.get())) {
				return;
			}
		}
		else if (this.buttons.containsKey(prefix) && press(this.buttons.get(prefix), incoming, query, value)) {
			return;
		}
		stale(incoming, query);
	}

	private boolean onStep(Incoming incoming, CallbackQuery query, Conversation conversation, StepButton button) {
		Flow flow = this.flows.get(conversation.flow());
		if (!flow.buttonPrefix().equals(button.prefix()) || !conversation.step().equals(button.step())) {
			return false;
		}
		if (button.isBack()) {
			flow.onBack(incoming, conversation, query);
			return true;
		}
		return flow.onButton(incoming, conversation, query, button);
	}

	private static <T extends ButtonData> boolean press(ButtonHandler<T> handler, Incoming incoming,
			CallbackQuery query, String value) {
		return handler.type().decode(value).map((data) -> handler.press(incoming, query, data)).orElse(false);
	}

	private void stale(Incoming incoming, CallbackQuery query) {
		this.replies.answer(query.getId(), this.replies.text(incoming, "callback.stale"));
	}

	/** The user blocked the bot or came back; or the bot's place in a group changed. */
	private void onChatMember(Update update, ChatMemberUpdated change) {
		ChatType type = ChatType.of(change.getChat().getType());
		String status = change.getNewChatMember().getStatus();
		if (type == ChatType.PRIVATE) {
			if ("kicked".equals(status)) {
				this.educators.markUnreachable(ChatId.of(change.getChat().getId()));
			}
			else if ("member".equals(status)) {
				this.educators.markReachable(ChatId.of(change.getChat().getId()));
			}
		}
		else if (type.isGroup() && change.getFrom() != null) {
			Incoming incoming = incoming(update, change.getFrom(), chat(change.getChat(), null));
			this.groupMembership.forEach((handler) -> handler.onBotMembership(incoming, change));
		}
	}

	/** A message's leading bot command, if it has one. */
	private static Optional<Command> command(Message message) {
		// TelegramBots computes isCommand() only once the entities have been read
		message.getEntities();
		if (!message.hasText() || !message.isCommand()) {
			return Optional.empty();
		}
		String text = message.getText().trim();
		int space = text.indexOf(' ');
		String word = (space < 0) ? text.substring(1) : text.substring(1, space);
		int at = word.indexOf('@');
		String name = ((at < 0) ? word : word.substring(0, at)).toLowerCase(Locale.ROOT);
		String addressee = (at < 0) ? "" : word.substring(at + 1);
		String argument = (space < 0) ? "" : text.substring(space + 1).trim();
		return Optional.of(new Command(name, addressee, argument));
	}

	private record Command(String name, String addressee, String argument) {
	}

}
