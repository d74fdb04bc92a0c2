package org.socialchange.platform.bot.kit;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RecordingTelegramClientTests {

	private final RecordingTelegramClient telegram = new RecordingTelegramClient();

	@Test
	void answersSentMessagesWithIncreasingIdsInTheirChat() throws TelegramApiException {
		Message first = this.telegram.execute(send(42, "one"));
		Message second = this.telegram.execute(send(42, "two"));
		Message other = this.telegram.execute(send(-1001234567890L, "three"));
		assertThat(second.getMessageId()).isGreaterThan(first.getMessageId());
		assertThat(first.getChatId()).isEqualTo(42L);
		assertThat(first.getChat().isUserChat()).isTrue();
		assertThat(first.getText()).isEqualTo("one");
		assertThat(first.getFrom().getIsBot()).isTrue();
		assertThat(other.getChat().isSuperGroupChat()).isTrue();
		assertThat(this.telegram.sentTexts(42)).containsExactly("one", "two");
		assertThat(this.telegram.lastText(-1001234567890L)).isEqualTo("three");
	}

	@Test
	void answersAMessageInATopicWithItsThread() throws TelegramApiException {
		Message message = this.telegram
			.execute(SendMessage.builder().chatId(-1001234567890L).messageThreadId(15).text("digest").build());
		assertThat(message.getMessageThreadId()).isEqualTo(15);
	}

	@Test
	void answersAnEditWithTheEditedMessageAndKnowsTheLastKeyboard() throws TelegramApiException {
		Message sent = this.telegram.execute(
				SendMessage.builder().chatId(42L).text("Pick a language").replyMarkup(keyboard("lang:hy")).build());
		Message edited = (Message) this.telegram.execute(EditMessageText.builder()
			.chatId(42L)
			.messageId(sent.getMessageId())
			.text("Pick again")
			.replyMarkup(keyboard("lang:ka"))
			.build());
		assertThat(edited.getMessageId()).isEqualTo(sent.getMessageId());
		assertThat(edited.getText()).isEqualTo("Pick again");
		assertThat(edited.getEditDate()).isNotNull();
		assertThat(this.telegram.lastKeyboard(42).getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("lang:ka");
		assertThat(this.telegram.calls(EditMessageText.class)).hasSize(1);
		assertThat(this.telegram.calls()).hasSize(2);
	}

	@Test
	void answersCallbackQueriesAndCommandsWithTrue() throws TelegramApiException {
		assertThat(this.telegram.execute(AnswerCallbackQuery.builder().callbackQueryId("q1").build())).isTrue();
		assertThat(this.telegram.execute(new SetMyCommands(List.of(new BotCommand("start", "Start"))))).isTrue();
		assertThat(this.telegram.calls(SetMyCommands.class)).singleElement()
			.satisfies((call) -> assertThat(call.getCommands()).hasSize(1));
	}

	@Test
	void answersADocumentWithItsFileNameAndCaption() throws TelegramApiException {
		Message message = this.telegram.execute(SendDocument.builder()
			.chatId(42L)
			.document(new InputFile(new ByteArrayInputStream(new byte[] { 1 }), "mydata.json"))
			.caption("Your data")
			.build());
		assertThat(message.getDocument().getFileName()).isEqualTo("mydata.json");
		assertThat(message.getCaption()).isEqualTo("Your data");
		assertThat(this.telegram.calls(SendDocument.class)).hasSize(1);
	}

	@Test
	void failsTheNextCallWithRetryAfterThenSucceeds() throws TelegramApiException {
		this.telegram.failNextWithRetryAfter(7);
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.telegram.execute(send(42, "one")))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(429);
				assertThat(ex.getParameters().getRetryAfter()).isEqualTo(7);
				assertThat(ex.getApiResponse()).contains("Too Many Requests");
			});
		this.telegram.execute(send(42, "two"));
		assertThat(this.telegram.sentTexts(42)).containsExactly("two");
		assertThat(this.telegram.calls(SendMessage.class)).hasSize(2);
	}

	@Test
	void failsWithForbiddenWhenBlockedAndWithAnyErrorAsked() {
		this.telegram.failNextBlocked();
		this.telegram.failNext(400, "Bad Request: message is not modified");
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.telegram.execute(send(42, "one")))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(403));
		assertThatExceptionOfType(TelegramApiRequestException.class)
			.isThrownBy(() -> this.telegram.execute(send(42, "two")))
			.satisfies((ex) -> assertThat(ex.getApiResponse()).contains("message is not modified"));
		assertThat(this.telegram.sentTexts(42)).isEmpty();
	}

	@Test
	void asyncCallsFailTheirFuture() {
		this.telegram.failNextBlocked();
		assertThat(this.telegram.executeAsync(send(42, "one"))).isCompletedExceptionally();
		assertThat(this.telegram.executeAsync(send(42, "two"))).isCompleted();
	}

	@Test
	void clearForgetsCallsAndFailures() throws TelegramApiException {
		this.telegram.execute(send(42, "one"));
		this.telegram.failNextBlocked();
		this.telegram.clear();
		this.telegram.execute(send(42, "two"));
		assertThat(this.telegram.sentTexts(42)).containsExactly("two");
	}

	@Test
	void saysSoWhenItHasNoAnswerForAMethod() {
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> this.telegram.execute(GetChat.builder().chatId(42L).build()))
			.withMessageContaining("getChat");
	}

	@Test
	void lastKeyboardAndLastTextFailTheTestWhenNoneWasSent() {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> this.telegram.lastKeyboard(42));
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> this.telegram.lastText(42));
	}

	private static SendMessage send(long chatId, String text) {
		return SendMessage.builder().chatId(chatId).text(text).build();
	}

	private static InlineKeyboardMarkup keyboard(String data) {
		return InlineKeyboardMarkup.builder()
			.keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder().text(data).callbackData(data).build()))
			.build();
	}

}
