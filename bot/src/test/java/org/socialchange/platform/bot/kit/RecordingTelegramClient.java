package org.socialchange.platform.bot.kit;

import java.io.File;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.SetMyProfilePhoto;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.business.SetBusinessAccountProfilePhoto;
import org.telegram.telegrambots.meta.api.methods.groupadministration.SetChatPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendAnimation;
import org.telegram.telegrambots.meta.api.methods.send.SendAudio;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendLivePhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendMediaBotMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMediaGroup;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPaidMedia;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendSticker;
import org.telegram.telegrambots.meta.api.methods.send.SendVideo;
import org.telegram.telegrambots.meta.api.methods.send.SendVideoNote;
import org.telegram.telegrambots.meta.api.methods.send.SendVoice;
import org.telegram.telegrambots.meta.api.methods.stickers.AddStickerToSet;
import org.telegram.telegrambots.meta.api.methods.stickers.CreateNewStickerSet;
import org.telegram.telegrambots.meta.api.methods.stickers.ReplaceStickerInSet;
import org.telegram.telegrambots.meta.api.methods.stickers.SetStickerSetThumbnail;
import org.telegram.telegrambots.meta.api.methods.stickers.UploadStickerFile;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageMedia;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * A {@link TelegramClient} for tests: records every call in order, answers as Telegram
 * would (a sent or edited message, {@code true} for the rest), and fails the next calls
 * with a Bot API error when told to. Answers and errors are parsed by the called method
 * itself, exactly as from the real Bot API. Thread-safe.
 */
public class RecordingTelegramClient implements TelegramClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final List<PartialBotApiMethod<?>> calls = new ArrayList<>();

	private final Set<PartialBotApiMethod<?>> failed = Collections.newSetFromMap(new IdentityHashMap<>());

	private final Deque<Failure> failures = new ArrayDeque<>();

	private int nextMessageId = 1;

	// What the tests read

	/** Every call so far, failed ones included, in order. */
	public synchronized List<PartialBotApiMethod<?>> calls() {
		return List.copyOf(this.calls);
	}

	/** The calls of one type (e.g. {@code SendMessage.class}), failed ones included. */
	public synchronized <M extends PartialBotApiMethod<?>> List<M> calls(Class<M> type) {
		return this.calls.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/**
	 * The texts sent to a chat with {@code sendMessage} that Telegram accepted, in order.
	 */
	public synchronized List<String> sentTexts(long chatId) {
		return accepted(SendMessage.class).stream()
			.filter((message) -> message.getChatId().equals(String.valueOf(chatId)))
			.map(SendMessage::getText)
			.toList();
	}

	/** The last text sent to a chat; fails the test if there is none. */
	public synchronized String lastText(long chatId) {
		List<String> texts = sentTexts(chatId);
		if (texts.isEmpty()) {
			throw new AssertionError("no text was sent to chat " + chatId + "; calls: " + this.calls);
		}
		return texts.get(texts.size() - 1);
	}

	/**
	 * The last inline keyboard sent or edited into a chat (by {@code sendMessage},
	 * {@code editMessageText} or {@code editMessageReplyMarkup}); fails the test if there
	 * is none.
	 */
	public synchronized InlineKeyboardMarkup lastKeyboard(long chatId) {
		String chat = String.valueOf(chatId);
		for (int i = this.calls.size() - 1; i >= 0; i--) {
			PartialBotApiMethod<?> call = this.calls.get(i);
			if (this.failed.contains(call)) {
				continue;
			}
			InlineKeyboardMarkup keyboard = null;
			if (call instanceof SendMessage message && chat.equals(message.getChatId())
					&& message.getReplyMarkup() instanceof InlineKeyboardMarkup markup) {
				keyboard = markup;
			}
			else if (call instanceof EditMessageText edit && chat.equals(edit.getChatId())) {
				keyboard = edit.getReplyMarkup();
			}
			else if (call instanceof EditMessageReplyMarkup edit && chat.equals(edit.getChatId())) {
				keyboard = edit.getReplyMarkup();
			}
			if (keyboard != null) {
				return keyboard;
			}
		}
		throw new AssertionError("no inline keyboard was sent to chat " + chatId + "; calls: " + this.calls);
	}

	/** Forgets the calls and pending failures; message ids keep increasing. */
	public synchronized void clear() {
		this.calls.clear();
		this.failed.clear();
		this.failures.clear();
	}

	// Failures to come

	/**
	 * The next call not yet told to fail fails with this Bot API error, e.g. {@code 400,
	 * "Bad Request: message is not modified"}.
	 */
	public synchronized void failNext(int errorCode, String description) {
		this.failures.add(new Failure(errorCode, description, null));
	}

	/** The next call fails with 429 and {@code parameters.retry_after}. */
	public synchronized void failNextWithRetryAfter(int seconds) {
		this.failures.add(new Failure(429, "Too Many Requests: retry after " + seconds, seconds));
	}

	/** The next call fails with 403, as when the user blocked the bot. */
	public synchronized void failNextBlocked() {
		failNext(403, "Forbidden: bot was blocked by the user");
	}

	// TelegramClient

	@Override
	public <T extends Serializable, M extends BotApiMethod<T>> T execute(M method) throws TelegramApiException {
		return call(method, () -> answer(method));
	}

	@Override
	public <T extends Serializable, M extends BotApiMethod<T>> CompletableFuture<T> executeAsync(M method) {
		return async(() -> execute(method));
	}

	@Override
	public Message execute(SendDocument method) throws TelegramApiException {
		return media(method);
	}

	@Override
	public Message execute(SendPhoto method) throws TelegramApiException {
		return media(method);
	}

	@Override
	public Message execute(SendVideo method) throws TelegramApiException {
		return media(method);
	}

	@Override
	public Message execute(SendVideoNote method) throws TelegramApiException {
		return media(method);
	}

	@Override
	public Message execute(SendSticker method) throws TelegramApiException {
		return media(method);
	}

	@Override
	public Message execute(SendAudio method) throws TelegramApiException {
		return media(method);
	}

	@Override
	public Message execute(SendVoice method) throws TelegramApiException {
		return media(method);
	}

	@Override
	public Message execute(SendAnimation method) throws TelegramApiException {
		return media(method);
	}

	@Override
	public Message execute(SendLivePhoto method) throws TelegramApiException {
		return media(method);
	}

	@Override
	public Message execute(SendPaidMedia method) throws TelegramApiException {
		return call(method, () -> message(method.getChatId(), null, null, null));
	}

	@Override
	public List<Message> execute(SendMediaGroup method) throws TelegramApiException {
		return call(method,
				() -> method.getMedias()
					.stream()
					.map((media) -> message(method.getChatId(), method.getMessageThreadId(), null, null))
					.toList());
	}

	@Override
	public Boolean execute(SetWebhook method) throws TelegramApiException {
		return call(method, () -> true);
	}

	@Override
	public Boolean execute(SetBusinessAccountProfilePhoto method) throws TelegramApiException {
		return call(method, () -> true);
	}

	@Override
	public Boolean execute(SetMyProfilePhoto method) throws TelegramApiException {
		return call(method, () -> true);
	}

	@Override
	public Boolean execute(SetChatPhoto method) throws TelegramApiException {
		return call(method, () -> true);
	}

	@Override
	public Boolean execute(AddStickerToSet method) throws TelegramApiException {
		return call(method, () -> true);
	}

	@Override
	public Boolean execute(ReplaceStickerInSet method) throws TelegramApiException {
		return call(method, () -> true);
	}

	@Override
	public Boolean execute(SetStickerSetThumbnail method) throws TelegramApiException {
		return call(method, () -> true);
	}

	@Override
	public Boolean execute(CreateNewStickerSet method) throws TelegramApiException {
		return call(method, () -> true);
	}

	@Override
	public org.telegram.telegrambots.meta.api.objects.File execute(UploadStickerFile method)
			throws TelegramApiException {
		return call(method, () -> Map.of("file_id", "sticker-file", "file_unique_id", "sticker-file"));
	}

	@Override
	public Serializable execute(EditMessageMedia method) throws TelegramApiException {
		return call(method, () -> (method.getInlineMessageId() != null) ? true
				: edited(method.getChatId(), method.getMessageId(), null, method.getReplyMarkup()));
	}

	@Override
	public File downloadFile(org.telegram.telegrambots.meta.api.objects.File file) throws TelegramApiException {
		throw new TelegramApiException("the recording client downloads no files");
	}

	@Override
	public InputStream downloadFileAsStream(org.telegram.telegrambots.meta.api.objects.File file)
			throws TelegramApiException {
		throw new TelegramApiException("the recording client downloads no files");
	}

	@Override
	public CompletableFuture<Message> executeAsync(SendDocument method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Message> executeAsync(SendPhoto method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Boolean> executeAsync(SetWebhook method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Message> executeAsync(SendVideo method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Message> executeAsync(SendVideoNote method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Message> executeAsync(SendSticker method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Message> executeAsync(SendAudio method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Message> executeAsync(SendVoice method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<List<Message>> executeAsync(SendMediaGroup method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Message> executeAsync(SendPaidMedia method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Boolean> executeAsync(SetChatPhoto method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Boolean> executeAsync(AddStickerToSet method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Boolean> executeAsync(ReplaceStickerInSet method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Boolean> executeAsync(SetStickerSetThumbnail method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Boolean> executeAsync(CreateNewStickerSet method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<org.telegram.telegrambots.meta.api.objects.File> executeAsync(UploadStickerFile method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Serializable> executeAsync(EditMessageMedia method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Message> executeAsync(SendAnimation method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Message> executeAsync(SendLivePhoto method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Boolean> executeAsync(SetBusinessAccountProfilePhoto method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<Boolean> executeAsync(SetMyProfilePhoto method) {
		return async(() -> execute(method));
	}

	@Override
	public CompletableFuture<File> downloadFileAsync(org.telegram.telegrambots.meta.api.objects.File file) {
		return async(() -> downloadFile(file));
	}

	@Override
	public CompletableFuture<InputStream> downloadFileAsStreamAsync(
			org.telegram.telegrambots.meta.api.objects.File file) {
		return async(() -> downloadFileAsStream(file));
	}

	// Answers

	/**
	 * Records the call, then lets the method parse Telegram's answer: the next failure if
	 * one is due, else the given result.
	 */
	private synchronized <T extends Serializable> T call(PartialBotApiMethod<T> method, Supplier<Object> result)
			throws TelegramApiRequestException {
		this.calls.add(method);
		Map<String, Object> response = new LinkedHashMap<>();
		Failure failure = this.failures.poll();
		if (failure != null) {
			this.failed.add(method);
			response.put("ok", false);
			response.put("error_code", failure.errorCode());
			response.put("description", failure.description());
			if (failure.retryAfter() != null) {
				response.put("parameters", Map.of("retry_after", failure.retryAfter()));
			}
		}
		else {
			response.put("ok", true);
			response.put("result", result.get());
		}
		try {
			return method.deserializeResponse(JSON.writeValueAsString(response));
		}
		catch (TelegramApiRequestException ex) {
			if (failure != null) {
				throw ex;
			}
			throw new UnsupportedOperationException(
					"the recording client has no answer for " + method.getMethod() + " yet; add one", ex);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Object answer(BotApiMethod<?> method) {
		if (method instanceof SendMessage send) {
			return message(send.getChatId(), send.getMessageThreadId(), send.getText(),
					(send.getReplyMarkup() instanceof InlineKeyboardMarkup markup) ? markup : null);
		}
		if (method instanceof EditMessageText edit && edit.getInlineMessageId() == null) {
			return edited(edit.getChatId(), edit.getMessageId(), edit.getText(), edit.getReplyMarkup());
		}
		if (method instanceof EditMessageReplyMarkup edit && edit.getInlineMessageId() == null) {
			return edited(edit.getChatId(), edit.getMessageId(), null, edit.getReplyMarkup());
		}
		if (method instanceof EditMessageCaption edit && edit.getInlineMessageId() == null) {
			return edited(edit.getChatId(), edit.getMessageId(), null, edit.getReplyMarkup());
		}
		if (method instanceof GetMe) {
			return Updates.BOT;
		}
		return true;
	}

	private Message media(SendMediaBotMethod<Message> method) throws TelegramApiException {
		return call(method, () -> {
			Map<String, Object> message = message(method.getChatId(), method.getMessageThreadId(), null,
					(method.getReplyMarkup() instanceof InlineKeyboardMarkup markup) ? markup : null);
			if (method instanceof SendDocument document) {
				String name = document.getDocument().getMediaName();
				message.put("document", Map.of("file_id", "document-" + message.get("message_id"), "file_unique_id",
						"document-" + message.get("message_id"), "file_name", Objects.toString(name, "file")));
				if (document.getCaption() != null) {
					message.put("caption", document.getCaption());
				}
			}
			return message;
		});
	}

	/** A message the bot sent, with the next message id. */
	private Map<String, Object> message(String chatId, Integer threadId, String text, InlineKeyboardMarkup keyboard) {
		Map<String, Object> message = edited(chatId, this.nextMessageId++, text, keyboard, false);
		if (threadId != null) {
			message.put("message_thread_id", threadId);
			message.put("is_topic_message", true);
		}
		return message;
	}

	private Map<String, Object> edited(String chatId, Integer messageId, String text, InlineKeyboardMarkup keyboard) {
		return edited(chatId, messageId, text, keyboard, true);
	}

	private Map<String, Object> edited(String chatId, Integer messageId, String text, InlineKeyboardMarkup keyboard,
			boolean edited) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("message_id", messageId);
		message.put("from", Updates.BOT);
		message.put("chat", Updates.chat(Long.parseLong(chatId)));
		message.put("date", Updates.now());
		if (edited) {
			message.put("edit_date", Updates.now());
		}
		if (text != null) {
			message.put("text", text);
		}
		if (keyboard != null) {
			message.put("reply_markup", keyboard);
		}
		return message;
	}

	private <M extends PartialBotApiMethod<?>> List<M> accepted(Class<M> type) {
		return this.calls.stream()
			.filter((call) -> !this.failed.contains(call))
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
	}

	private static <T> CompletableFuture<T> async(Call<T> call) {
		try {
			return CompletableFuture.completedFuture(call.run());
		}
		catch (TelegramApiException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private interface Call<T> {

		T run() throws TelegramApiException;

	}

	private record Failure(int errorCode, String description, Integer retryAfter) {
	}

}
