package org.socialchange.platform.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry point of the audit feature: writes an entry in the caller's transaction, so
 * an action and its entry are stored together or not at all.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	private final AuditEntries entries;

	private final Clock clock;

	AuditLog(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Transactional
	public AuditEntry record(String actor, String action, String subject, String details, Integer audienceSize) {
		return this.entries.save(new AuditEntry(this.clock.instant(), actor, action, subject, details, audienceSize));
	}

	public List<AuditEntry> about(String subject) {
		return this.entries.findBySubjectOrderByAtDesc(subject);
	}

	/** What coordinators did with one broadcast, newest first. */
	public List<AuditEntry> aboutBroadcast(long broadcastId) {
		return about(BroadcastAudit.subject(broadcastId));
	}

	public List<AuditEntry> recent(int count) {
		return this.entries.findAllByOrderByAtDescIdDesc(Limit.of(count));
	}

}
