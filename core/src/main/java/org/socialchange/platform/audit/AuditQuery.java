package org.socialchange.platform.audit;

import java.time.LocalDate;

/**
 * A search of the audit log; every criterion is optional: the actor's e-mail, the action
 * ({@code broadcast.scheduled}), the start of the subject ({@code broadcast:12}), and the
 * first and last day (UTC), both included.
 */
public record AuditQuery(String actor, String action, String subject, LocalDate from, LocalDate to) {

	public static AuditQuery everything() {
		return new AuditQuery(null, null, null, null, null);
	}

}
