package org.socialchange.platform.bot;

import java.util.ArrayList;
import java.util.List;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** The one renderer of inline keyboards. */
public final class Keyboards {

	private Keyboards() {
	}

	/** A callback button; its data is checked against Telegram's 64-byte limit here. */
	public static InlineKeyboardButton button(String text, ButtonData data) {
		return InlineKeyboardButton.builder().text(text).callbackData(data.encode()).build();
	}

	/** Buttons laid out in rows of at most {@code perRow}. */
	public static InlineKeyboardMarkup rows(List<InlineKeyboardButton> buttons, int perRow) {
		return InlineKeyboardMarkup.builder().keyboard(layout(buttons, perRow)).build();
	}

	/** Buttons in rows of at most {@code perRow}, then extra rows of one button each. */
	public static InlineKeyboardMarkup rows(List<InlineKeyboardButton> buttons, int perRow,
			List<InlineKeyboardButton> lastRows) {
		List<InlineKeyboardRow> rows = layout(buttons, perRow);
		lastRows.forEach((button) -> rows.add(new InlineKeyboardRow(List.of(button))));
		return InlineKeyboardMarkup.builder().keyboard(rows).build();
	}

	private static List<InlineKeyboardRow> layout(List<InlineKeyboardButton> buttons, int perRow) {
		List<InlineKeyboardRow> rows = new ArrayList<>();
		for (int i = 0; i < buttons.size(); i += perRow) {
			rows.add(new InlineKeyboardRow(buttons.subList(i, Math.min(i + perRow, buttons.size()))));
		}
		return rows;
	}

}
