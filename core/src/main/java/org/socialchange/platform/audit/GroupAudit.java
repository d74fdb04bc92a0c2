package org.socialchange.platform.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.socialchange.platform.educators.Admission;
import org.socialchange.platform.educators.AdmissionDecided;
import org.socialchange.platform.groups.GroupChanged;
import org.socialchange.platform.groups.JoinDecided;

/**
 * Writes to the audit log who admitted or declined a pending educator, decided a join
 * request, and changed a group, its invite link or its chat, in the transaction that did
 * it. Educators appear by their internal id only, which means nothing once they are
 * erased.
 */
@Component
class GroupAudit {

	private final AuditLog log;

	GroupAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(AdmissionDecided event) {
		this.log.record(event.by(), (event.outcome() == Admission.MEMBER) ? "educator.approved" : "educator.declined",
				"educator:" + event.educatorId().value(), null, null);
	}

	@EventListener
	void on(JoinDecided event) {
		this.log.record(event.by(), event.approved() ? "group.request-approved" : "group.request-declined",
				"group:" + event.groupId(), "Educator " + event.educatorId().value(), null);
	}

	@EventListener
	void on(GroupChanged event) {
		this.log.record(event.by(), event.action(), (event.groupId() > 0) ? "group:" + event.groupId() : "network",
				event.details(), null);
	}

}
