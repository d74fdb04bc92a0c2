package org.socialchange.platform.groups;

/**
 * Something was done to a group from the admin web or a group chat: created, edited, its
 * invite link renewed or revoked, its chat linked or unlinked. The audit records it.
 *
 * @param by the account (email) or, for the bot, a description of who did it
 * @param action e.g. {@code group.created}
 * @param groupId the group
 * @param details what changed, free of personal data of educators
 */
public record GroupChanged(String by, String action, long groupId, String details) {
}
