package org.socialchange.platform.broadcasts;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.socialchange.platform.educators.EducatorAudience;
import org.socialchange.platform.translations.Language;

/**
 * A broadcast as a coordinator composed it: a text per language with the language whose
 * text the others fall back to, an optional link button, the audience, when it goes (a
 * date and time read in {@code zone}, or each recipient's own zone for
 * {@link Timing#LOCAL}; recipients who never told theirs get {@code zone}) and an
 * optional expiry in {@code zone}. With peer groups chosen, only their members among the
 * audience receive it, and it may also be posted into the groups' linked chats.
 */
public record BroadcastDraft(Map<Language, String> texts, Language fallback, String linkText, String linkUrl,
		EducatorAudience.Filter audience, Timing timing, LocalDateTime at, ZoneId zone, LocalDateTime expiresAt,
		Set<Long> groups, boolean postToGroupChats) {

	public static final int MAX_TEXT = 4096;

	public BroadcastDraft {
		groups = (groups != null) ? Set.copyOf(groups) : Set.of();
	}

	/** A draft for educators chosen by country, language and network only. */
	public BroadcastDraft(Map<Language, String> texts, Language fallback, String linkText, String linkUrl,
			EducatorAudience.Filter audience, Timing timing, LocalDateTime at, ZoneId zone, LocalDateTime expiresAt) {
		this(texts, fallback, linkText, linkUrl, audience, timing, at, zone, expiresAt, Set.of(), false);
	}

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
				this.at, this.zone, this.expiresAt, this.groups, this.postToGroupChats);
	}

}
