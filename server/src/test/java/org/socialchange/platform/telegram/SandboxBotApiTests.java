package org.socialchange.platform.telegram;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.bot.TelegramSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The sandbox answers the real TelegramBots client as Telegram does, limits and error
 * format included.
 */
@PlatformTest
class SandboxBotApiTests {

	@LocalServerPort
	int port;

	OkHttpTelegramClient client() {
		return new SandboxClient(this.port).telegramClient();
	}

	@Test
	void answersGetMeAsABot() throws Exception {
		assertThat(client().execute(new GetMe()).getIsBot()).isTrue();
	}

	@Test
	void refusesTextOverTelegramsLimit() {
		long chat = new SandboxClient(this.port).createUser("Limit", "en");
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> client().execute(new SendMessage(String.valueOf(chat), "x".repeat(4097))))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(400);
				assertThat(ex.getApiResponse()).isEqualTo("Bad Request: message is too long");
			});
	}

	@Test
	void acceptsTextExactlyAtTheLimitCountingCharactersNotBytes() throws Exception {
		long chat = new SandboxClient(this.port).createUser("Limit", "hy");
		assertThat(client().execute(new SendMessage(String.valueOf(chat), "Ա".repeat(4096))).getText()).hasSize(4096);
	}

	@Test
	void refusesCallbackDataOverSixtyFourBytes() {
		long chat = new SandboxClient(this.port).createUser("Buttons", "ka");
		SendMessage message = new SendMessage(String.valueOf(chat), "pick");
		// 22 Georgian letters are 66 bytes in UTF-8
		message.setReplyMarkup(new InlineKeyboardMarkup(List
			.of(new InlineKeyboardRow(InlineKeyboardButton.builder().text("ა").callbackData("ა".repeat(22)).build()))));
		assertThatExceptionOfType(TelegramApiRequestException.class).isThrownBy(() -> client().execute(message))
			.satisfies((ex) -> assertThat(ex.getApiResponse()).isEqualTo("Bad Request: BUTTON_DATA_INVALID"));
	}

	@Test
	void refusesMalformedHtmlAndUnknownChats() {
		long chat = new SandboxClient(this.port).createUser("Html", "en");
		SendMessage broken = SendMessage.builder().chatId(chat).text("<b>open").parseMode("HTML").build();
		assertThatExceptionOfType(TelegramApiRequestException.class).isThrownBy(() -> client().execute(broken))
			.satisfies((ex) -> assertThat(ex.getApiResponse()).startsWith("Bad Request: can't parse entities"));
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> client().execute(new SendMessage("42", "hello")))
			.satisfies((ex) -> assertThat(ex.getApiResponse()).isEqualTo("Bad Request: chat not found"));
	}

	@Test
	void acceptsLowerCaseMethodNamesAndAnswersUnknownOnesInTelegramsFormat() {
		SandboxClient sandbox = new SandboxClient(this.port);
		String base = sandbox.base() + "/sandbox/telegram/bot" + TelegramSettings.SANDBOX_TOKEN + "/";
		HttpResponse<String> lower = sandbox.raw(HttpRequest.newBuilder(URI.create(base + "getme")).build());
		assertThat(lower.statusCode()).isEqualTo(200);
		assertThat(lower.body()).startsWith("{\"ok\":true,\"result\":{");
		HttpResponse<String> unknown = sandbox.raw(HttpRequest.newBuilder(URI.create(base + "sendTelepathy"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body())
			.isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}");
		HttpResponse<String> wrongToken = sandbox
			.raw(HttpRequest.newBuilder(URI.create(sandbox.base() + "/sandbox/telegram/bot1:nope/getMe")).build());
		assertThat(wrongToken.statusCode()).isEqualTo(401);
		// a client that percent-encodes the token's colon reaches the same bot
		HttpResponse<String> encoded = sandbox.raw(HttpRequest.newBuilder(URI
			.create(base.replace(TelegramSettings.SANDBOX_TOKEN, TelegramSettings.SANDBOX_TOKEN.replace(":", "%3A"))
					+ "getMe"))
			.build());
		assertThat(encoded.statusCode()).isEqualTo(200);
		HttpResponse<String> noMethod = sandbox
			.raw(HttpRequest.newBuilder(URI.create(sandbox.base() + "/sandbox/telegram")).build());
		assertThat(noMethod.statusCode()).isEqualTo(404);
		assertThat(noMethod.body()).startsWith("{\"ok\":false,\"error_code\":404");
	}

}
