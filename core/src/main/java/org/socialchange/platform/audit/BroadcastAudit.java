package org.socialchange.platform.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.socialchange.platform.broadcasts.BroadcastCancelled;
import org.socialchange.platform.broadcasts.BroadcastScheduled;
import org.socialchange.platform.broadcasts.BroadcastTestSent;

/**
 * Writes every broadcast sent, cancelled or tried out to the audit log, in the
 * transaction that did it. Deliberately a plain {@link EventListener}, not an
 * {@code @ApplicationModuleListener}: an action and its audit entry are stored together
 * or not at all, so the entry must share the publisher's transaction (a failure here
 * rolls the action back rather than leaving it unaccounted for).
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
	void on(BroadcastCancelled event) {
		this.log.record(event.by(), "broadcast.cancelled", subject(event.broadcastId()),
				event.unsent() + " messages not yet sent were cancelled", event.recipients());
	}

	@EventListener
	void on(BroadcastTestSent event) {
		this.log.record(event.by(), "broadcast.test", chatSubject(event.chatId().value()),
				"A test in " + event.language() + " sent to chat " + event.chatId(), 1);
	}

	/** The subject of entries about one chat; {@link AuditPersonalData} erases it. */
	static String chatSubject(long chatId) {
		return "chat:" + chatId;
	}

	static String subject(long broadcastId) {
		return "broadcast:" + broadcastId;
	}

}
