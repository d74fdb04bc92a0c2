package org.socialchange.platform.audit;

import org.socialchange.platform.initiatives.ReportsDismissed;
import org.socialchange.platform.initiatives.UpdateHidden;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes to the audit log who hid an update and why, and who dismissed the reports on
 * one, in the transaction that did it. Authors appear by their internal id only.
 */
@Component
class InitiativeAudit {

	private final AuditLog log;

	InitiativeAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(UpdateHidden event) {
		this.log.record(event.by(), "update.hidden", "update:" + event.updateId(),
				"Educator " + event.authorId() + ": " + event.reason(), null);
	}

	@EventListener
	void on(ReportsDismissed event) {
		this.log.record(event.by(), "update.reports-dismissed", "update:" + event.updateId(),
				event.reports() + " reports", null);
	}

}
