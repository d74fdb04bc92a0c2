package org.socialchange.platform.sandbox;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The one rule that decides whether the sandbox runs: it does when no Telegram bot token
 * ({@code platform.telegram.token}) is configured; then the bot talks to the sandbox with
 * {@link #TOKEN}.
 */
public final class SandboxMode {

	/** The token the sandbox Bot API accepts. */
	public static final String TOKEN = "100000000:SANDBOX";

	/** The property whose absence turns sandbox mode on. */
	public static final String TOKEN_PROPERTY = "platform.telegram.token";

	/**
	 * The first simulated user id: 2^52 + 1. The Bot API promises a real user id at most
	 * 52 significant bits, so no Telegram account can have one of ours; below 2^53 it
	 * stays exact in the chat page's JavaScript.
	 */
	public static final long FIRST_USER_ID = (1L << 52) + 1;

	/** The last simulated user id: 2^53 - 1, the largest exact in JavaScript. */
	public static final long LAST_USER_ID = (1L << 53) - 1;

	private SandboxMode() {
	}

	/** Whether a configured Telegram token (possibly null) means sandbox mode. */
	public static boolean isSandbox(String telegramToken) {
		return telegramToken == null || telegramToken.isBlank();
	}

	/** Matches in sandbox mode; used by {@link ConditionalOnSandbox}. */
	public static final class Active implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return isSandbox(context.getEnvironment().getProperty(TOKEN_PROPERTY));
		}

	}

}
