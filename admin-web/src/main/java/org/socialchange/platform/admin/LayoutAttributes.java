package org.socialchange.platform.admin;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds what the layout shows on every page: whether the sandbox chat is available. */
@ControllerAdvice
class LayoutAttributes {

	private final TelegramMode telegram;

	LayoutAttributes(TelegramMode telegram) {
		this.telegram = telegram;
	}

	@ModelAttribute("sandbox")
	boolean sandbox() {
		return this.telegram.sandbox();
	}

}
