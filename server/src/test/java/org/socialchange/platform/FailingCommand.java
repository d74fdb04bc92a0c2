package org.socialchange.platform;

import org.springframework.boot.test.context.TestComponent;

import org.socialchange.platform.bot.CommandHandler;
import org.socialchange.platform.bot.Incoming;

/** A command that always fails, to prove one failing update does not stop the bot. */
@TestComponent
class FailingCommand implements CommandHandler {

	@Override
	public String command() {
		return "fail";
	}

	@Override
	public int order() {
		return -1;
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		throw new IllegalStateException("This handler fails on purpose");
	}

}
