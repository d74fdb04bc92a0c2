package org.socialchange.platform.bot;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMediaGroup;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.media.InputMedia;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.stereotype.Component;

import org.socialchange.platform.delivery.RateLimits;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

/**
 * Interactive replies to a user's own action, in HTML parse mode, with catalogue texts;
 * they go out at once through the shared rate limiter, ahead of bulk traffic.
 */
@Component
public class Replies {

	private static final Logger log = LoggerFactory.getLogger(Replies.class);

	/** The longest 429 wait a reply sits out before it gives up. */
	private static final Duration MAX_REPLY_WAIT = Duration.ofSeconds(5);

	private final TelegramClient telegram;

	private final Messages messages;

	private final RateLimits limits;

	private final BotMetrics metrics;

	Replies(TelegramClient telegram, Messages messages, RateLimits limits, BotMetrics metrics) {
		this.telegram = telegram;
		this.messages = messages;
		this.limits = limits;
		this.metrics = metrics;
	}

	public String text(Incoming incoming, String key) {
		return text(incoming, key, Map.of());
	}

	public String text(Incoming incoming, String key, Map<String, ?> arguments) {
		return this.messages.format(incoming.language(), key, arguments, incoming.zone());
	}

	public String text(Language language, String key, Map<String, ?> arguments) {
		return this.messages.format(language, key, arguments);
	}

	/** Plain text in the quotation marks of the person's language, escaped for HTML. */
	public String quoted(Incoming incoming, String plain) {
		return text(incoming, "quoted", Map.of("text", Html.escape(plain)));
	}

	/**
	 * Sends HTML text to a chat (into its forum topic, if any); user-supplied parts must
	 * already be escaped with {@link Html}.
	 */
	public Message send(ChatRef chat, String html, InlineKeyboardMarkup keyboard) {
		try {
			return send(chat.id().value(), chat.threadId(), html, keyboard);
		}
		catch (TelegramFailure ex) {
			Long supergroup = ex.migratedTo();
			if (supergroup == null) {
				throw ex;
			}
			// a group upgraded while the answer was on its way (making the bot an
			// administrator does it): the answer goes to the supergroup
			log.info("Chat {} became supergroup {}: the reply goes there", chat.id().value(), supergroup);
			return send(supergroup, null, html, keyboard);
		}
	}

	private Message send(long chatId, Integer threadId, String html, InlineKeyboardMarkup keyboard) {
		SendMessage message = SendMessage.builder()
			.chatId(chatId)
			.messageThreadId(threadId)
			.text(html)
			.parseMode(ParseMode.HTML)
			.replyMarkup(keyboard)
			.build();
		this.limits.reply(chatId);
		return execute(chatId, () -> this.telegram.execute(message));
	}

	public Message send(ChatRef chat, String html) {
		return send(chat, html, null);
	}

	/** Replaces the text and keyboard of a message the bot sent; unchanged is fine. */
	public void edit(ChatRef chat, int messageId, String html, InlineKeyboardMarkup keyboard) {
		EditMessageText edit = EditMessageText.builder()
			.chatId(chat.id().value())
			.messageId(messageId)
			.text(html)
			.parseMode(ParseMode.HTML)
			.replyMarkup(keyboard)
			.build();
		this.limits.reply(chat.id().value());
		unlessUnchanged(() -> this.telegram.execute(edit));
	}

	/**
	 * Replaces the caption and keyboard of a photo or document the bot sent; unchanged is
	 * fine.
	 */
	public void editCaption(ChatRef chat, int messageId, String html, InlineKeyboardMarkup keyboard) {
		EditMessageCaption edit = EditMessageCaption.builder()
			.chatId(chat.id().value())
			.messageId(messageId)
			.caption(html)
			.parseMode(ParseMode.HTML)
			.replyMarkup(keyboard)
			.build();
		this.limits.reply(chat.id().value());
		unlessUnchanged(() -> this.telegram.execute(edit));
	}

	/** Runs an edit; Telegram's "message is not modified" is no failure. */
	private void unlessUnchanged(TelegramCall<?> edit) {
		try {
			edit.execute();
		}
		catch (TelegramApiRequestException ex) {
			if (ex.getApiResponse() == null || !ex.getApiResponse().contains("message is not modified")) {
				throw new TelegramFailure(ex);
			}
		}
		catch (TelegramApiException ex) {
			throw new TelegramFailure(ex);
		}
	}

	/** Sends a file, with an HTML caption. */
	public Message sendDocument(ChatRef chat, String fileName, byte[] content, String caption) {
		SendDocument document = SendDocument.builder()
			.chatId(chat.id().value())
			.messageThreadId(chat.threadId())
			.document(new InputFile(new ByteArrayInputStream(content), fileName))
			.caption(caption)
			.parseMode(ParseMode.HTML)
			.build();
		long chatId = chat.id().value();
		this.limits.reply(chatId);
		return execute(chatId, () -> this.telegram.execute(document));
	}

	/**
	 * Shows files Telegram holds again by their ids: one photo, an album of photos (the
	 * caption under its first), or a document; the caption is HTML of at most 1024
	 * characters, or null.
	 */
	public void sendFiles(ChatRef chat, List<String> photoIds, String documentId, String caption) {
		long chatId = chat.id().value();
		if (documentId != null) {
			SendDocument document = SendDocument.builder()
				.chatId(chatId)
				.messageThreadId(chat.threadId())
				.document(new InputFile(documentId))
				.caption(caption)
				.parseMode(ParseMode.HTML)
				.build();
			this.limits.reply(chatId);
			execute(chatId, () -> this.telegram.execute(document));
		}
		if (photoIds.size() == 1) {
			SendPhoto photo = SendPhoto.builder()
				.chatId(chatId)
				.messageThreadId(chat.threadId())
				.photo(new InputFile(photoIds.get(0)))
				.caption((documentId == null) ? caption : null)
				.parseMode(ParseMode.HTML)
				.build();
			this.limits.reply(chatId);
			execute(chatId, () -> this.telegram.execute(photo));
		}
		else if (photoIds.size() > 1) {
			SendMediaGroup album = SendMediaGroup.builder()
				.chatId(chatId)
				.messageThreadId(chat.threadId())
				.medias(photoIds.stream().<InputMedia>map((id) -> {
					InputMediaPhoto photo = new InputMediaPhoto(id);
					if (id.equals(photoIds.get(0)) && documentId == null && caption != null) {
						photo.setCaption(caption);
						photo.setParseMode(ParseMode.HTML);
					}
					return photo;
				}).toList())
				.build();
			this.limits.reply(chatId);
			execute(chatId, () -> this.telegram.execute(album));
		}
	}

	/** Stops the button's spinner, with an optional short notice. */
	public void answer(String callbackQueryId, String notice) {
		try {
			this.telegram.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).text(notice).build());
		}
		catch (TelegramApiException ex) {
			log.debug("Could not answer callback query {}: {}", callbackQueryId, ex.getMessage());
		}
	}

	/**
	 * Executes a call; after a short 429 it waits as Telegram asks and tries once more.
	 */
	private <T> T execute(long chatId, TelegramCall<T> call) {
		try {
			return counted(call);
		}
		catch (TelegramApiRequestException ex) {
			Integer retryAfter = (ex.getErrorCode() != null && ex.getErrorCode() == 429 && ex.getParameters() != null)
					? ex.getParameters().getRetryAfter() : null;
			if (retryAfter == null || retryAfter > MAX_REPLY_WAIT.toSeconds()) {
				throw new TelegramFailure(ex);
			}
			Duration wait = Duration.ofSeconds(Math.max(1, retryAfter));
			this.limits.tooManyRequests(chatId, wait);
			try {
				Thread.sleep(wait.toMillis());
				return counted(call);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new TelegramFailure(ex);
			}
			catch (TelegramApiException again) {
				throw new TelegramFailure(again);
			}
		}
		catch (TelegramApiException ex) {
			throw new TelegramFailure(ex);
		}
	}

	/** Makes one call, counting a sent reply and Telegram's 429 and 403 answers. */
	private <T> T counted(TelegramCall<T> call) throws TelegramApiException {
		try {
			T sent = call.execute();
			this.metrics.replySent();
			return sent;
		}
		catch (TelegramApiRequestException ex) {
			this.metrics.replyRefused(ex.getErrorCode());
			throw ex;
		}
	}

	@FunctionalInterface
	private interface TelegramCall<T> {

		T execute() throws TelegramApiException;

	}

	/** A Bot API call that failed. */
	public static class TelegramFailure extends RuntimeException {

		TelegramFailure(TelegramApiException cause) {
			super(cause.getMessage(), cause);
		}

		/** The supergroup Telegram names when the chat was a group that was upgraded. */
		Long migratedTo() {
			return (getCause() instanceof TelegramApiRequestException refused && refused.getParameters() != null)
					? refused.getParameters().getMigrateToChatId() : null;
		}

	}

}
