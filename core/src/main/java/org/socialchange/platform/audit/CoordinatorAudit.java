package org.socialchange.platform.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.socialchange.platform.coordinators.AccountChanged;
import org.socialchange.platform.coordinators.TelegramAccountChanged;

/**
 * Writes to the audit log what was done to admin-web accounts (invitations, roles and
 * scopes, disabling) and which Telegram account a coordinator linked or unlinked (tests
 * of broadcasts go there), in the transaction that did it.
 */
@Component
class CoordinatorAudit {

	private final AuditLog log;

	CoordinatorAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(AccountChanged event) {
		this.log.record(event.by(), event.action(), event.account(), event.details(), null);
	}

	@EventListener
	void on(TelegramAccountChanged event) {
		if (event.linkedTo() != null) {
			this.log.record(event.coordinator(), "coordinator.telegram-linked", "coordinator:" + event.coordinator(),
					"Linked the Telegram account " + event.linkedTo(), null);
		}
		else {
			this.log.record(event.coordinator(), "coordinator.telegram-unlinked", "coordinator:" + event.coordinator(),
					null, null);
		}
	}

}
