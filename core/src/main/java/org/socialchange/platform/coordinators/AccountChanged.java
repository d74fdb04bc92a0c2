package org.socialchange.platform.coordinators;

/**
 * Something was done to an admin-web account (invited, accepted, role or scope changed,
 * disabled, enabled): who did it, what, to which account, and how; the audit log records
 * it in the same transaction.
 */
public record AccountChanged(String by, String action, String account, String details) {
}
