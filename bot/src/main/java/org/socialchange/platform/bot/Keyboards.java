package org.socialchange.platform.bot;

import java.util.ArrayList;
import java.util.List;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import org.socialchange.platform.translations.Language;

/** The one renderer of inline keyboards. */
public final class Keyboards {

	private Keyboards() {
	}

	/** A callback button whose data is {@code prefix:value}. */
	public static InlineKeyboardButton button(String text, String prefix, String value) {
		return InlineKeyboardButton.builder().text(text).callbackData(prefix + ":" + value).build();
	}

	/** Buttons laid out in rows of at most {@code perRow}. */
	public static InlineKeyboardMarkup rows(List<InlineKeyboardButton> buttons, int perRow) {
		List<InlineKeyboardRow> rows = new ArrayList<>();
		for (int i = 0; i < buttons.size(); i += perRow) {
			rows.add(new InlineKeyboardRow(buttons.subList(i, Math.min(i + perRow, buttons.size()))));
		}
		return InlineKeyboardMarkup.builder().keyboard(rows).build();
	}

	/**
	 * Every language named in itself, the likely one first on a row of its own.
	 */
	public static InlineKeyboardMarkup languagePicker(Language likely) {
		List<InlineKeyboardRow> rows = new ArrayList<>();
		rows.add(new InlineKeyboardRow(List.of(button(likely.nativeName(), LanguageCallback.PREFIX, likely.code()))));
		List<InlineKeyboardButton> others = new ArrayList<>();
		for (Language language : Language.values()) {
			if (language != likely) {
				others.add(button(language.nativeName(), LanguageCallback.PREFIX, language.code()));
			}
		}
		rows.addAll(rows(others, 2).getKeyboard());
		return InlineKeyboardMarkup.builder().keyboard(rows).build();
	}

}
