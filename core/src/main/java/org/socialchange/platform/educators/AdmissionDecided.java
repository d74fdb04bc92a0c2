package org.socialchange.platform.educators;

import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.translations.Language;

/**
 * A coordinator admitted ({@link Admission#MEMBER}) or declined a pending educator; the
 * bot tells them, the audit records it.
 */
public record AdmissionDecided(EducatorId educatorId, ChatId chatId, Language language, Admission outcome, String by) {
}
