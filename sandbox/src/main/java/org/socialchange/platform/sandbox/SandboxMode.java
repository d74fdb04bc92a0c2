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
