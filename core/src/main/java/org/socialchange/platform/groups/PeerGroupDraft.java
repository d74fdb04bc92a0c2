package org.socialchange.platform.groups;

import java.util.Map;
import java.util.Set;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.translations.Language;

/**
 * A group as a form describes it.
 *
 * @param texts name and description per language; at least one
 * @param topics what the group works on
 * @param country its country, {@code null} for an international group
 * @param network the network it belongs to
 * @param primaryLanguage the language it speaks, whose text is the fallback
 * @param joinPolicy open, or by approval
 * @param capacity the most members it takes, {@code null} for no limit
 * @param facilitators ids of the admin-web accounts that facilitate it
 */
public record PeerGroupDraft(Map<Language, GroupText> texts, Set<Topic> topics, Country country, Network network,
		Language primaryLanguage, JoinPolicy joinPolicy, Integer capacity, Set<Long> facilitators) {

	public PeerGroupDraft {
		texts = (texts != null) ? Map.copyOf(texts) : Map.of();
		topics = (topics != null) ? Set.copyOf(topics) : Set.of();
		facilitators = (facilitators != null) ? Set.copyOf(facilitators) : Set.of();
		if (texts.isEmpty()) {
			throw new IllegalArgumentException("A group has a name in at least one language");
		}
		if (network == null || primaryLanguage == null || joinPolicy == null) {
			throw new IllegalArgumentException("A group has a network, a primary language and a join policy");
		}
		if (!texts.containsKey(primaryLanguage)) {
			throw new IllegalArgumentException("A group has a name in its primary language");
		}
		if (capacity != null && capacity < 1) {
			throw new IllegalArgumentException("A group's capacity is at least 1");
		}
		if (country == Country.OTHER) {
			throw new IllegalArgumentException("A group is of a country of the network, or international");
		}
	}

}
