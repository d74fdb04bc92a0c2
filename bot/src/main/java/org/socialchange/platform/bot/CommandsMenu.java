package org.socialchange.platform.bot;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

/**
 * The bot's command menu, built from the command handlers themselves (their order and the
 * chats they work in); registered with Telegram per language, and shown as help. Each
 * command's description is the catalogue text {@code command.<name>}.
 */
@Component
public class CommandsMenu {

	private static final Logger log = LoggerFactory.getLogger(CommandsMenu.class);

	private final Messages messages;

	private final ObjectProvider<CommandHandler> handlers;

	private final TelegramClient telegram;

	CommandsMenu(Messages messages, ObjectProvider<CommandHandler> handlers, TelegramClient telegram) {
		this.messages = messages;
		this.handlers = handlers;
		this.telegram = telegram;
	}

	/** The commands of one kind of chat, in menu order. */
	List<String> commands(ChatType chat) {
		return this.handlers.stream()
			.filter((handler) -> handler.order() >= 0 && handler.chats().contains(chat))
			.sorted(Comparator.comparingInt(CommandHandler::order))
			.map(CommandHandler::command)
			.toList();
	}

	List<BotCommand> menu(Language language, ChatType chat) {
		return commands(chat).stream()
			.map((command) -> new BotCommand(command, this.messages.format(language, "command." + command)))
			.toList();
	}

	/** The private chat's commands as lines of {@code /command — description}. */
	public String list(Language language) {
		return menu(language, ChatType.PRIVATE).stream()
			.map((command) -> "/" + command.getCommand() + " — " + Html.escape(command.getDescription()))
			.collect(Collectors.joining("\n"));
	}

	/** The main menu: what the bot can do. */
	public String help(Language language) {
		return this.messages.format(language, "help.commands") + "\n" + list(language);
	}

	/**
	 * Sets the menu of one private chat in the language its educator chose, which may not
	 * be the language of their Telegram app; a failure only costs the menu's language.
	 */
	public void registerFor(ChatRef chat, Language language) {
		try {
			this.telegram.execute(SetMyCommands.builder()
				.commands(menu(language, ChatType.PRIVATE))
				.scope(BotCommandScopeChat.builder().chatId(chat.id().value()).build())
				.build());
		}
		catch (TelegramApiException ex) {
			log.warn("Could not set the command menu of a chat: {}", ex.getMessage());
		}
	}

	/**
	 * Sets the menus, English as the default and one per language: first the group chats'
	 * menu, then the default one that private chats show.
	 */
	void register() throws TelegramApiException {
		register(ChatType.SUPERGROUP, BotCommandScopeAllGroupChats.builder().build());
		register(ChatType.PRIVATE, BotCommandScopeDefault.builder().build());
	}

	/**
	 * One kind of chat's menu in a scope: English without a language, then each language.
	 */
	private void register(ChatType chat, BotCommandScope scope) throws TelegramApiException {
		this.telegram.execute(SetMyCommands.builder().commands(menu(Language.EN, chat)).scope(scope).build());
		for (Language language : Language.values()) {
			this.telegram.execute(SetMyCommands.builder()
				.commands(menu(language, chat))
				.scope(scope)
				.languageCode(language.code())
				.build());
		}
	}

}
