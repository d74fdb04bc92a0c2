package org.socialchange.platform.bot.registration;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.Html;
import org.socialchange.platform.bot.Labels;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.translations.Language;

/** Every answer of an educator's profile as one text, user text escaped. */
@Component
public class ProfileSummary {

	private final Replies replies;

	private final Labels labels;

	private final Clock clock;

	ProfileSummary(Replies replies, Labels labels, Clock clock) {
		this.replies = replies;
		this.labels = labels;
		this.clock = clock;
	}

	public String of(Educator educator) {
		Language language = educator.language();
		String notGiven = this.labels.notGiven(language);
		Map<String, Object> fields = Map.of("name", Html.escape(educator.displayName().orElse(notGiven)), "country",
				Html.escape(this.labels.country(language, educator)), "region",
				Html.escape(educator.region().orElse(notGiven)), "role",
				educator.role().map((role) -> this.labels.of(language, role)).orElse(notGiven), "topics",
				this.labels.list(language, List.copyOf(educator.topics())), "timeZone",
				educator.timeZone()
					.map((zone) -> this.labels.zone(language, zone, this.clock.instant()))
					.orElse(notGiven),
				"network", educator.network().map((network) -> this.labels.of(language, network)).orElse(notGiven),
				"language", language.nativeName(), "visibility", this.labels.of(language, educator.visibility()));
		return this.replies.text(language, "profile.summary", fields);
	}

}
