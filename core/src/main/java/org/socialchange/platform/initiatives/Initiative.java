package org.socialchange.platform.initiatives;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Topic;

/**
 * An initiative as stored: its author (an educator's id), what it is, where, at which
 * stage, in which of the author's peer groups, what it looks for.
 */
public record Initiative(long id, long authorId, String title, String summary, Optional<Country> country,
		Optional<String> place, Stage stage, Set<Topic> topics, Set<Long> groupIds, Set<Need> needs, Instant createdAt,
		Instant lastActivityAt, boolean archived) {

	public Initiative {
		topics = Set.copyOf(topics);
		groupIds = Set.copyOf(groupIds);
		needs = Set.copyOf(needs);
	}

	/** The topics in a stable order. */
	public List<Topic> sortedTopics() {
		return this.topics.stream().sorted().toList();
	}

}
