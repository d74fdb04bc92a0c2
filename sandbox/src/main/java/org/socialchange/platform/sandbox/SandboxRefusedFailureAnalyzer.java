package org.socialchange.platform.sandbox;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints why sandbox mode refused to start and what to do, instead of a stack trace. */
class SandboxRefusedFailureAnalyzer extends AbstractFailureAnalyzer<SandboxRefused> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SandboxRefused cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
