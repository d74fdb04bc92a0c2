package org.socialchange.platform.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.socialchange.platform.broadcasts.BroadcastApproved;
import org.socialchange.platform.broadcasts.BroadcastCancelled;
import org.socialchange.platform.broadcasts.BroadcastRejected;
import org.socialchange.platform.broadcasts.BroadcastScheduled;
import org.socialchange.platform.broadcasts.BroadcastSubmitted;
import org.socialchange.platform.broadcasts.BroadcastTestSent;

/**
 * Writes every broadcast sent, submitted for approval, approved, rejected, cancelled or
 * tried out to the audit log, in the transaction that did it. Deliberately a plain
 * {@link EventListener}, not an {@code @ApplicationModuleListener}: an action and its
 * audit entry are stored together or not at all, so the entry must share the publisher's
 * transaction (a failure here rolls the action back rather than leaving it unaccounted
 * for). A test names the coordinator whose own account got it, never a chat.
 */
@Component
class BroadcastAudit {

	private final AuditLog log;

	BroadcastAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(BroadcastScheduled event) {
		this.log.record(event.by(), "broadcast.scheduled", subject(event.broadcastId()), event.summary(),
				event.recipients());
	}

	@EventListener
	void on(BroadcastSubmitted event) {
		this.log.record(event.by(), "broadcast.submitted", subject(event.broadcastId()),
				"Awaiting a second coordinator's approval: " + event.summary(), event.recipients());
	}

	@EventListener
	void on(BroadcastApproved event) {
		this.log.record(event.by(), "broadcast.approved", subject(event.broadcastId()), event.summary(),
				event.recipients());
	}

	@EventListener
	void on(BroadcastRejected event) {
		this.log.record(event.by(), event.withdrawn() ? "broadcast.withdrawn" : "broadcast.rejected",
				subject(event.broadcastId()), null, event.recipients());
	}

	@EventListener
	void on(BroadcastCancelled event) {
		this.log.record(event.by(), "broadcast.cancelled", subject(event.broadcastId()),
				event.unsent() + " messages not yet sent were cancelled", event.recipients());
	}

	@EventListener
	void on(BroadcastTestSent event) {
		this.log.record(event.by(), "broadcast.test", "coordinator:" + event.by(),
				"A test in " + event.language() + " sent to the coordinator's linked account " + event.by(), 1);
	}

	static String subject(long broadcastId) {
		return "broadcast:" + broadcastId;
	}

}
