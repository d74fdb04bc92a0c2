package org.socialchange.platform.bot;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.stereotype.Component;

import org.socialchange.platform.identity.BotUsername;

/**
 * Who the bot is on Telegram ({@code getMe}), asked once when first needed: its username
 * tells a {@code /command@thisbot} in a group from a command meant for another bot.
 */
@Component
public class BotIdentity implements BotUsername {

	private static final Logger log = LoggerFactory.getLogger(BotIdentity.class);

	private final TelegramClient telegram;

	private final AtomicReference<User> me = new AtomicReference<>();

	BotIdentity(TelegramClient telegram) {
		this.telegram = telegram;
	}

	/** The bot's username, lower case; empty while Telegram could not be asked. */
	@Override
	public Optional<String> username() {
		User known = this.me.get();
		if (known == null) {
			try {
				known = this.telegram.execute(new GetMe());
				this.me.compareAndSet(null, known);
			}
			catch (TelegramApiException ex) {
				log.debug("getMe failed: {}", ex.getMessage());
				return Optional.empty();
			}
		}
		return Optional.ofNullable(known.getUserName()).map((name) -> name.toLowerCase(Locale.ROOT));
	}

	/**
	 * True when a command's {@code @username} suffix (empty when there is none) addresses
	 * this bot.
	 */
	public boolean addressed(String suffix) {
		return suffix.isEmpty() || username().map(suffix.toLowerCase(Locale.ROOT)::equals).orElse(true);
	}

}
