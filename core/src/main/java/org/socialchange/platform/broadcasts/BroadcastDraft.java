package org.socialchange.platform.broadcasts;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.socialchange.platform.educators.EducatorAudience;
import org.socialchange.platform.translations.Language;

/**
 * A broadcast as a coordinator composed it: a text per language with the language whose
 * text the others fall back to, an optional link button, the audience, when it goes (a
 * date and time read in {@code zone}, or each recipient's own zone for
 * {@link Timing#LOCAL}; recipients who never told theirs get {@code zone}) and an
 * optional expiry in {@code zone}.
 */
public record BroadcastDraft(Map<Language, String> texts, Language fallback, String linkText, String linkUrl,
		EducatorAudience.Filter audience, Timing timing, LocalDateTime at, ZoneId zone, LocalDateTime expiresAt) {

	public static final int MAX_TEXT = 4096;

	/** The text a recipient in this language gets, its own or the fallback's. */
	public String textFor(Language language) {
		String own = this.texts.get(language);
		return (own != null && !own.isBlank()) ? own : this.texts.get(this.fallback);
	}

	public boolean hasOwnText(Language language) {
		String own = this.texts.get(language);
		return own != null && !own.isBlank();
	}

	public boolean hasLink() {
		return this.linkText != null && !this.linkText.isBlank() && this.linkUrl != null && !this.linkUrl.isBlank();
	}

	/** The same draft for another audience. */
	public BroadcastDraft withAudience(EducatorAudience.Filter audience) {
		return new BroadcastDraft(this.texts, this.fallback, this.linkText, this.linkUrl, audience, this.timing,
				this.at, this.zone, this.expiresAt);
	}

}
