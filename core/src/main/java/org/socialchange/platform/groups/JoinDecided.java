package org.socialchange.platform.groups;

import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.translations.Language;

/**
 * A facilitator or coordinator ({@code by}) decided a join request; the educator hears
 * the outcome in their language, the audit records it.
 */
public record JoinDecided(long groupId, EducatorId educatorId, ChatId chatId, Language language, boolean approved,
		String by) {
}
