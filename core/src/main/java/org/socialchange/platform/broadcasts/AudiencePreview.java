package org.socialchange.platform.broadcasts;

import java.util.Map;

import org.socialchange.platform.translations.Language;

/**
 * Who a draft would reach: recipients per language, and how many of them get the fallback
 * text because their language has none.
 */
public record AudiencePreview(Map<Language, Long> perLanguage, long total, long fallback) {
}
