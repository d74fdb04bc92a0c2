package org.socialchange.platform.bot.privacy;

import java.util.Optional;

import org.socialchange.platform.bot.ButtonData;
import org.socialchange.platform.bot.ButtonType;

/** The answer to "erase everything?": {@code del:yes} or {@code del:no}. */
record DeleteConfirmation(boolean erase) implements ButtonData {

	static final ButtonType<DeleteConfirmation> TYPE = ButtonType.of("del", (value) -> switch (value) {
		case "yes" -> Optional.of(new DeleteConfirmation(true));
		case "no" -> Optional.of(new DeleteConfirmation(false));
		default -> Optional.empty();
	});

	@Override
	public String encode() {
		return TYPE.encode(this.erase ? "yes" : "no");
	}

}
