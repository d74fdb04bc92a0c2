package org.socialchange.platform.initiatives;

import java.util.Set;

import org.socialchange.platform.educators.FreeText;
import org.socialchange.platform.educators.Topic;

/**
 * What an educator gives for an initiative: a title (at most {@value #MAX_TITLE}
 * characters), a summary (at most {@value #MAX_SUMMARY}), topics, a place ({@code null}:
 * the author's own region), a stage, some of their peer groups and what it looks for.
 */
public record InitiativeDraft(String title, String summary, Set<Topic> topics, String place, Stage stage,
		Set<Long> groupIds, Set<Need> needs) {

	public static final int MAX_TITLE = 120;

	public static final int MAX_SUMMARY = 1000;

	public static final int MAX_PLACE = 100;

	public InitiativeDraft {
		title = FreeText.of(title, MAX_TITLE).value();
		summary = PostText.of(summary, MAX_SUMMARY);
		place = (place == null || place.isBlank()) ? null : FreeText.of(place, MAX_PLACE).value();
		topics = Set.copyOf(topics);
		groupIds = Set.copyOf(groupIds);
		needs = Set.copyOf(needs);
		if (stage == null) {
			throw new IllegalArgumentException("An initiative has a stage");
		}
	}

}
