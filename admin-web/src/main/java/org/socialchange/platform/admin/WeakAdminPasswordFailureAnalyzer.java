package org.socialchange.platform.admin;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly that ADMIN_PASSWORD is too weak, instead of a stack trace. */
class WeakAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<FirstAdministrator.WeakAdminPassword> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, FirstAdministrator.WeakAdminPassword cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set ADMIN_PASSWORD to a longer passphrase (for example four unrelated words), or leave it unset to "
						+ "have a one-time password printed at the first start.",
				cause);
	}

}
