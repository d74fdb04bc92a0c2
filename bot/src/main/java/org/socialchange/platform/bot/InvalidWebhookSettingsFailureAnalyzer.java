package org.socialchange.platform.bot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Prints what is wrong with the webhook settings and what to do, instead of a stack
 * trace; ahead of Spring Boot's own analysis of the binding failure that wraps it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidWebhookSettingsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidWebhookSettings> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidWebhookSettings cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
