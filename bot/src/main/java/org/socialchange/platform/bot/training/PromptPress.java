package org.socialchange.platform.bot.training;

import java.util.List;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

import org.socialchange.platform.bot.ButtonData;
import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.training.TrainingButtons;

/**
 * A press of a prompt's button as core wrote it ({@code tq:<send>:<n>} chooses option n,
 * {@code tq:<send>:r} starts a reflection); forged data decodes to nothing.
 */
record PromptPress(long sendId, Integer option) implements ButtonData {

	static final ButtonType<PromptPress> TYPE = ButtonType.of(TrainingButtons.PREFIX,
			(value) -> TrainingButtons.read(value).map((press) -> new PromptPress(press.sendId(), press.option())));

	boolean reflect() {
		return this.option == null;
	}

	@Override
	public String encode() {
		return TYPE.encode(Long.toString(this.sendId), reflect() ? TrainingButtons.REFLECT : this.option.toString());
	}

	/** The press whole callback data stands for; empty when it is no prompt's. */
	static Optional<PromptPress> of(String data) {
		String prefix = TYPE.prefix() + ":";
		return (data != null && data.startsWith(prefix)) ? TYPE.decode(data.substring(prefix.length()))
				: Optional.empty();
	}

	/** The send a prompt's message is about, read from its own buttons. */
	static Optional<Long> sendOf(InlineKeyboardMarkup keyboard) {
		if (keyboard == null || keyboard.getKeyboard() == null) {
			return Optional.empty();
		}
		return keyboard.getKeyboard()
			.stream()
			.flatMap(List::stream)
			.map(InlineKeyboardButton::getCallbackData)
			.map(PromptPress::of)
			.flatMap(Optional::stream)
			.map(PromptPress::sendId)
			.findFirst();
	}

}
