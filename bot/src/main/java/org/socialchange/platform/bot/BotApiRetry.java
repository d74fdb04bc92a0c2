package org.socialchange.platform.bot;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Calls to the Bot API that the platform needs before it can receive updates (start
 * polling, set the webhook): tried until they succeed, 1 s, 2 s, ... up to a minute
 * apart, so a filtered network never keeps the platform from starting.
 */
final class BotApiRetry {

	private static final Logger log = LoggerFactory.getLogger(BotApiRetry.class);

	private BotApiRetry() {
	}

	/** A call to try. */
	interface Call {

		void run() throws TelegramApiException;

	}

	/**
	 * Tries {@code call} while {@code wanted} holds and the thread is not interrupted;
	 * after each failure runs {@code cleanUp} and waits. True once the call succeeded.
	 */
	static boolean untilDone(String what, BooleanSupplier wanted, Call call, Runnable cleanUp) {
		long backOffSeconds = 1;
		while (!Thread.currentThread().isInterrupted() && wanted.getAsBoolean()) {
			try {
				call.run();
				return true;
			}
			catch (TelegramApiException | RuntimeException ex) {
				log.warn("Cannot {} with the Telegram Bot API ({}); trying again in {} s", what, ex.getMessage(),
						backOffSeconds);
				cleanUp.run();
				try {
					TimeUnit.SECONDS.sleep(backOffSeconds);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
				backOffSeconds = Math.min(backOffSeconds * 2, 60);
			}
		}
		return false;
	}

}
