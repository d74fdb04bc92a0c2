package org.socialchange.platform.bot.initiatives;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/** A message of the initiatives feature: its HTML text and buttons. */
record View(String html, InlineKeyboardMarkup keyboard) {

	View withTop(String line) {
		return new View(line + "\n\n" + this.html, this.keyboard);
	}

}
