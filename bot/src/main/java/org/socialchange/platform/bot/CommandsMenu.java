package org.socialchange.platform.bot;

import java.util.List;
import java.util.stream.Collectors;

import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.stereotype.Component;

import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

/**
 * The bot's command menu: registered with Telegram per language, and shown as help.
 */
@Component
class CommandsMenu {

	static final List<String> COMMANDS = List.of("start", "profile", "language", "mydata", "stop", "resume", "delete",
			"cancel", "help");

	private final Messages messages;

	CommandsMenu(Messages messages) {
		this.messages = messages;
	}

	List<BotCommand> commands(Language language) {
		return COMMANDS.stream()
			.map((command) -> new BotCommand(command, this.messages.format(language, "command." + command)))
			.toList();
	}

	/** The commands as lines of {@code /command — description}. */
	String list(Language language) {
		return commands(language).stream()
			.map((command) -> "/" + command.getCommand() + " — " + Html.escape(command.getDescription()))
			.collect(Collectors.joining("\n"));
	}

	String help(Language language) {
		return this.messages.format(language, "help.commands") + "\n" + list(language);
	}

	/** Sets the menu: English as the default, and one per language. */
	void register(TelegramClient telegram) throws TelegramApiException {
		telegram.execute(SetMyCommands.builder().commands(commands(Language.EN)).build());
		for (Language language : Language.values()) {
			telegram
				.execute(SetMyCommands.builder().commands(commands(language)).languageCode(language.code()).build());
		}
	}

}
