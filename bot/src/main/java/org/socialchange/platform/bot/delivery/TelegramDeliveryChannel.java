package org.socialchange.platform.bot.delivery;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.BotMetrics;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.TelegramJson;
import org.socialchange.platform.bot.TelegramSettings;
import org.socialchange.platform.delivery.DeliveryChannel;
import org.socialchange.platform.delivery.MessageButton;
import org.socialchange.platform.delivery.OutgoingMessage;
import org.socialchange.platform.delivery.SendOutcome;

/**
 * Sends the delivery engine's messages with the Bot API {@code sendMessage}, through the
 * bot's HTTP client (same address, proxy) with a dispatcher and connection pool of its
 * own sized for many workers, and reads Telegram's answer as an outcome, which
 * {@link BotMetrics} counts.
 */
@Component
class TelegramDeliveryChannel implements DeliveryChannel {

	private static final ObjectMapper JSON = TelegramJson.MAPPER;

	private static final int MAX_CONCURRENT_CALLS = 64;

	private static final MediaType JSON_BODY = MediaType.get("application/json; charset=utf-8");

	private final TelegramClient telegram;

	private final OkHttpClient http;

	private final HttpUrl sendMessageUrl;

	private final BotMetrics metrics;

	TelegramDeliveryChannel(OkHttpClient telegramHttpClient, TelegramSettings settings, BotMetrics metrics) {
		this.metrics = metrics;
		// its own dispatcher: the shared one allows five calls per host, one of them the
		// long poll, and TelegramBots runs every call through it
		Dispatcher dispatcher = new Dispatcher();
		dispatcher.setMaxRequests(MAX_CONCURRENT_CALLS);
		dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_CALLS);
		OkHttpClient http = telegramHttpClient.newBuilder()
			.dispatcher(dispatcher)
			.connectionPool(new ConnectionPool(MAX_CONCURRENT_CALLS, 1, TimeUnit.MINUTES))
			.readTimeout(Duration.ofSeconds(30))
			.build();
		this.telegram = new OkHttpTelegramClient(JSON, http, settings.effectiveToken(), TelegramUrl.DEFAULT_URL);
		this.http = http;
		// the library's own address form; BotApiAddress puts the configured one in its
		// place
		this.sendMessageUrl = HttpUrl.get(TelegramUrl.DEFAULT_URL.getSchema() + "://"
				+ TelegramUrl.DEFAULT_URL.getHost() + "/bot" + settings.effectiveToken() + "/" + SendMessage.PATH);
	}

	@Override
	public SendOutcome send(OutgoingMessage message) {
		SendOutcome outcome = attempt(message);
		this.metrics.bulk(outcome);
		return outcome;
	}

	private SendOutcome attempt(OutgoingMessage message) {
		try {
			if (message.photo() != null) {
				SendPhoto request = SendPhoto.builder()
					.chatId(message.chatId().value())
					.messageThreadId(message.threadId())
					.photo(new InputFile(message.photo()))
					.caption(message.text())
					.parseMode(message.html() ? ParseMode.HTML : null)
					.replyMarkup(keyboard(message))
					.allowPaidBroadcast(message.paid() ? Boolean.TRUE : null)
					.build();
				return new SendOutcome.Sent(this.telegram.execute(request).getMessageId());
			}
			SendMessage request = SendMessage.builder()
				.chatId(message.chatId().value())
				.messageThreadId(message.threadId())
				.text(message.text())
				.parseMode(message.html() ? ParseMode.HTML : null)
				.replyMarkup(keyboard(message))
				.allowPaidBroadcast(message.paid() ? Boolean.TRUE : null)
				.build();
			return send(request);
		}
		catch (TelegramApiRequestException ex) {
			return outcome(ex);
		}
		catch (TelegramApiException ex) {
			return new SendOutcome.Unavailable(describe(ex));
		}
		catch (RuntimeException ex) {
			return new SendOutcome.Unavailable(ex.toString());
		}
	}

	/**
	 * A text message, the bulk of the traffic: the library writes the request, and the
	 * answer is read for what the outcome needs only (its message id, or the error), not
	 * into the library's whole {@code Message}, which cost more than the call itself.
	 */
	private SendOutcome send(SendMessage message) {
		Request request;
		try {
			request = new Request.Builder().url(this.sendMessageUrl)
				.post(RequestBody.create(JSON.writeValueAsBytes(message), JSON_BODY))
				.build();
		}
		catch (JsonProcessingException ex) {
			return new SendOutcome.Rejected(ex.getOriginalMessage());
		}
		try (Response response = this.http.newCall(request).execute()) {
			Answer answer = JSON.readValue(response.body().byteStream(), Answer.class);
			if (answer.ok() && answer.result() != null) {
				return new SendOutcome.Sent(answer.result().messageId());
			}
			Parameters parameters = (answer.parameters() != null) ? answer.parameters() : new Parameters(null, null);
			return outcome((answer.errorCode() != null) ? answer.errorCode() : response.code(), answer.description(),
					parameters.retryAfter(), parameters.migrateToChatId());
		}
		catch (IOException ex) {
			// no answer, or one that is not Telegram's (a proxy's error page): try again
			// later
			return new SendOutcome.Unavailable(ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	static SendOutcome outcome(TelegramApiRequestException ex) {
		Integer code = ex.getErrorCode();
		String description = (ex.getApiResponse() != null) ? ex.getApiResponse() : ex.getMessage();
		if (code == null) {
			return new SendOutcome.Unavailable(describe(ex));
		}
		return outcome(code, description, (ex.getParameters() != null) ? ex.getParameters().getRetryAfter() : null,
				(ex.getParameters() != null) ? ex.getParameters().getMigrateToChatId() : null);
	}

	private static SendOutcome outcome(int code, String description, Integer retryAfter, Long migrateToChatId) {
		if (code == 429) {
			return new SendOutcome.RateLimited(Duration.ofSeconds((retryAfter != null) ? retryAfter : 1));
		}
		if (code == 400 && migrateToChatId != null) {
			return new SendOutcome.Migrated(migrateToChatId);
		}
		if (code == 403) {
			return new SendOutcome.Blocked(description);
		}
		if (code >= 500) {
			return new SendOutcome.Unavailable(code + " " + description);
		}
		return new SendOutcome.Rejected(code + " " + description);
	}

	private static String describe(TelegramApiException ex) {
		Throwable cause = (ex.getCause() instanceof IOException io) ? io : ex;
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

	/** The message's rows of buttons and its link button; {@code null} for none. */
	private static InlineKeyboardMarkup keyboard(OutgoingMessage message) {
		List<List<MessageButton>> rows = new ArrayList<>(message.buttons());
		if (message.hasLink()) {
			rows.add(List.of(MessageButton.link(message.linkText(), message.linkUrl())));
		}
		return Keyboards.of(rows);
	}

	/** Telegram's answer to a send, as far as an outcome needs it. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Answer(boolean ok, Sent result, @JsonProperty("error_code") Integer errorCode, String description,
			Parameters parameters) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Sent(@JsonProperty("message_id") long messageId) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Parameters(@JsonProperty("retry_after") Integer retryAfter,
			@JsonProperty("migrate_to_chat_id") Long migrateToChatId) {
	}

}
