package org.socialchange.platform.broadcasts;

/** A coordinator asked for a test but has not linked their own Telegram account. */
public class TelegramNotLinked extends IllegalStateException {

	TelegramNotLinked(String coordinator) {
		super("Coordinator " + coordinator + " has no linked Telegram account");
	}

}
