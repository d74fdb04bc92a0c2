package org.socialchange.platform.bot.registration;

import java.util.ArrayList;
import java.util.List;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import org.socialchange.platform.bot.ButtonData;
import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.translations.Language;

/** A language picked in the language picker: {@code lang:<code>}. */
public record LanguageChoice(Language language) implements ButtonData {

	public static final ButtonType<LanguageChoice> TYPE = ButtonType.of("lang",
			(code) -> Language.fromCode(code).map(LanguageChoice::new));

	@Override
	public String encode() {
		return TYPE.encode(this.language.code());
	}

	/** Every language named in itself, the likely one first on a row of its own. */
	public static InlineKeyboardMarkup picker(Language likely) {
		List<InlineKeyboardRow> rows = new ArrayList<>();
		rows.add(new InlineKeyboardRow(List.of(button(likely))));
		List<InlineKeyboardButton> others = new ArrayList<>();
		for (Language language : Language.values()) {
			if (language != likely) {
				others.add(button(language));
			}
		}
		rows.addAll(Keyboards.rows(others, 2).getKeyboard());
		return InlineKeyboardMarkup.builder().keyboard(rows).build();
	}

	private static InlineKeyboardButton button(Language language) {
		return Keyboards.button(language.nativeName(), new LanguageChoice(language));
	}

}
