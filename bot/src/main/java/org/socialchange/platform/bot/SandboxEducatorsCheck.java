package org.socialchange.platform.bot;

import org.springframework.stereotype.Component;

import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.sandbox.ConditionalOnSandbox;
import org.socialchange.platform.sandbox.SandboxMode;
import org.socialchange.platform.sandbox.SandboxRefused;

/**
 * In sandbox mode, refuses to start on a database that holds educators with ids of real
 * Telegram accounts: the sandbox must never write to or as a real person. The check runs
 * while the application starts, before any request is served or update polled.
 */
@Component
@ConditionalOnSandbox
class SandboxEducatorsCheck {

	SandboxEducatorsCheck(EducatorManagement educators) {
		long real = educators.countWithTelegramIdsOutside(SandboxMode.FIRST_USER_ID, SandboxMode.LAST_USER_ID);
		if (real > 0) {
			throw SandboxRefused.realEducators(real);
		}
	}

}
