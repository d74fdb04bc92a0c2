package org.socialchange.platform.bot;

import java.util.ArrayList;
import java.util.List;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import org.socialchange.platform.delivery.MessageButton;

/**
 * The one renderer of inline keyboards. Buttons share a row only while their labels fit a
 * phone's width; a longer label gets a row of its own.
 */
public final class Keyboards {

	/** The longest label, in characters, that still shares a row with another. */
	public static final int MAX_SHARED_LABEL = 24;

	private Keyboards() {
	}

	/** A callback button; its data is checked against Telegram's 64-byte limit here. */
	public static InlineKeyboardButton button(String text, ButtonData data) {
		return InlineKeyboardButton.builder().text(text).callbackData(data.encode()).build();
	}

	/**
	 * Rows of buttons that core composed (callback data or links) as Telegram's keyboard;
	 * {@code null} for none.
	 */
	public static InlineKeyboardMarkup of(List<List<MessageButton>> rows) {
		List<InlineKeyboardRow> keyboard = new ArrayList<>();
		for (List<MessageButton> row : rows) {
			if (!row.isEmpty()) {
				keyboard.add(new InlineKeyboardRow(row.stream().map(Keyboards::button).toList()));
			}
		}
		return keyboard.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(keyboard).build();
	}

	/** One button core composed: callback data or a link. */
	public static InlineKeyboardButton button(MessageButton button) {
		return InlineKeyboardButton.builder().text(button.text()).callbackData(button.data()).url(button.url()).build();
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
		List<InlineKeyboardButton> row = new ArrayList<>();
		for (InlineKeyboardButton button : buttons) {
			String label = button.getText();
			if (perRow > 1 && label.codePointCount(0, label.length()) > MAX_SHARED_LABEL) {
				if (!row.isEmpty()) {
					rows.add(new InlineKeyboardRow(row));
					row = new ArrayList<>();
				}
				rows.add(new InlineKeyboardRow(List.of(button)));
				continue;
			}
			row.add(button);
			if (row.size() == perRow) {
				rows.add(new InlineKeyboardRow(row));
				row = new ArrayList<>();
			}
		}
		if (!row.isEmpty()) {
			rows.add(new InlineKeyboardRow(row));
		}
		return rows;
	}

}
