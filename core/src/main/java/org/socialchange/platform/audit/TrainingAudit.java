package org.socialchange.platform.audit;

import org.socialchange.platform.training.ProgramChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes to the audit log who changed a training program, in the same transaction. */
@Component
class TrainingAudit {

	private final AuditLog log;

	TrainingAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(ProgramChanged event) {
		this.log.record(event.by(), event.action(), "program:" + event.programId(), event.detail(), null);
	}

}
