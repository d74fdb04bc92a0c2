package org.socialchange.platform.browser;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;

/**
 * The coordinator account the browser journeys sign in with: a coordinator for every
 * country, without a second factor (administrators must enrol one; that journey has its
 * own account in {@link SecondFactorBrowserTests}).
 */
final class BrowserAccounts {

	static final String EMAIL = "browser-coordinator@example.org";

	static final String PASSWORD = "browser journeys only 2026";

	private BrowserAccounts() {
	}

	static void ensureCoordinator(CoordinatorManagement coordinators, PasswordEncoder passwords) {
		if (coordinators.find(EMAIL).isEmpty()) {
			try {
				coordinators.create(EMAIL, passwords.encode(PASSWORD), CoordinatorRole.COORDINATOR, false);
			}
			catch (DataIntegrityViolationException ex) {
				// created by another journey at the same moment
			}
		}
	}

}
