package org.socialchange.platform.bot.training;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.bot.Conversation;
import org.socialchange.platform.bot.training.TrainingButton.Action;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.training.Sharing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training buttons read back what they encode within Telegram's 64 bytes, forged data
 * reads as nothing, and a prompt's message names its send by its own buttons.
 */
class TrainingButtonsTests {

	@Test
	void promptPressesReadBackAndFitSixtyFourBytesWithTheLargestIds() {
		for (PromptPress press : List.of(new PromptPress(Long.MAX_VALUE, 7), new PromptPress(Long.MAX_VALUE, null),
				new PromptPress(1, 0))) {
			String data = press.encode();
			assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ButtonType.MAX_BYTES);
			assertThat(data).startsWith("tq:");
			assertThat(PromptPress.TYPE.decode(data.substring(3))).contains(press);
		}
	}

	@Test
	void forgedPromptPressesReadAsNothing() {
		for (String forged : List.of("", "x", "12", "12:", "12:8", "12:-1", "12:rr", "a:1", "12:1:2",
				"99999999999999999999:1")) {
			assertThat(PromptPress.TYPE.decode(forged)).as(forged).isEmpty();
		}
	}

	@Test
	void trainingButtonsReadBackEveryActionWithinSixtyFourBytes() {
		for (Action action : Action.values()) {
			TrainingButton button = TrainingButton.on(action, Long.MAX_VALUE);
			String data = button.encode();
			assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ButtonType.MAX_BYTES);
			assertThat(TrainingButton.TYPE.decode(data.substring(3))).contains(button);
		}
		for (Sharing sharing : Sharing.values()) {
			assertThat(Action.share(sharing).sharing()).contains(sharing);
		}
		assertThat(Action.PAUSE.sharing()).isEmpty();
		for (String forged : List.of("", "1", "99:1", "-1:1", "1:-5", "1:x", "1:2:3")) {
			assertThat(TrainingButton.TYPE.decode(forged)).as(forged).isEmpty();
		}
	}

	@Test
	void aPromptMessageNamesItsSendByItsOwnButtonsAndOthersNameNone() {
		InlineKeyboardMarkup prompt = keyboard(
				InlineKeyboardButton.builder().text("Open").url("https://example.org").build(),
				InlineKeyboardButton.builder().text("Write").callbackData("tq:42:r").build());
		assertThat(PromptPress.sendOf(prompt)).contains(42L);
		assertThat(PromptPress
			.sendOf(keyboard(InlineKeyboardButton.builder().text("Card").callbackData("in:2:5:0::::").build())))
			.isEmpty();
		assertThat(PromptPress
			.sendOf(keyboard(InlineKeyboardButton.builder().text("Forged").callbackData("tq:x:1").build()))).isEmpty();
		assertThat(PromptPress.sendOf(null)).isEmpty();
	}

	@Test
	void anInterruptedConversationIsHeldWithEverythingItHad() {
		Conversation conversation = new Conversation(TelegramUserId.of(5), ChatId.of(5), "initiative", "SUMMARY",
				Map.of("title", "Reading club", "topics", "A,B"), true, Instant.parse("2026-11-30T10:15:30.123Z"));
		HeldConversation held = HeldConversation.read(HeldConversation.of(conversation).json()).orElseThrow();
		assertThat(held.flow()).isEqualTo("initiative");
		assertThat(held.step()).isEqualTo("SUMMARY");
		assertThat(held.state()).isEqualTo(conversation.state());
		assertThat(held.suspended()).isTrue();
		assertThat(held.expiresAtMillis()).isEqualTo(conversation.expiresAt().toEpochMilli());
		assertThat(HeldConversation.read("not json")).isEmpty();
	}

	private static InlineKeyboardMarkup keyboard(InlineKeyboardButton... buttons) {
		return InlineKeyboardMarkup.builder().keyboard(List.of(new InlineKeyboardRow(List.of(buttons)))).build();
	}

}
