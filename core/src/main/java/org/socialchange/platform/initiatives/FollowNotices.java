package org.socialchange.platform.initiatives;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialchange.platform.delivery.DeliveryManagement;
import org.socialchange.platform.delivery.NewDelivery;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * New updates on followed initiatives reach each follower privately, batched: at most one
 * message an hour, with every update posted since the last one (as many as fit, then how
 * many more), through the delivery engine. Updates the follower may no longer see
 * (hidden, archived, or the author's visibility changed) are left out.
 */
@Component
public class FollowNotices {

	static final String SOURCE = "follow";

	/** At most one message per follower in this time. */
	static final Duration INTERVAL = Duration.ofHours(1);

	/**
	 * How long a new update waits for others to join it: an author who posts several in a
	 * row reaches followers in one message.
	 */
	static final Duration GATHER = Duration.ofMinutes(10);

	static final int EXCERPT = 200;

	private final NamedParameterJdbcTemplate jdbc;

	private final UpdateEntries entries;

	private final DeliveryManagement deliveries;

	private final Messages messages;

	FollowNotices(NamedParameterJdbcTemplate jdbc, UpdateEntries entries, DeliveryManagement deliveries,
			Messages messages) {
		this.jdbc = jdbc;
		this.entries = entries;
		this.deliveries = deliveries;
		this.messages = messages;
	}

	/** Sends what is due at this instant; returns how many followers got a message. */
	@Transactional
	public int run(Instant now) {
		Map<Long, Follower> due = new LinkedHashMap<>();
		this.jdbc.query("""
				select f.educator_id, e.chat_id, e.language, n.covered_until, u.id as update_id, u.created_at, i.title
				from follower_notices n
				join educators e on e.id = n.educator_id
				join initiative_follows f on f.educator_id = n.educator_id
				join initiatives i on i.id = f.initiative_id and i.archived_at is null
				join initiative_updates u on u.initiative_id = i.id and u.hidden_at is null
				    and u.created_at > n.covered_until and u.created_at <= :now and u.author_id <> n.educator_id
				join educators a on a.id = u.author_id
				where (n.sent_at is null or n.sent_at <= :interval) and e.admission = 'MEMBER'
				""" + " and " + InitiativeSearch.visibleAuthor("a", "n.educator_id") + """
				order by f.educator_id, u.created_at, u.id""",
				Map.of("now", Timestamp.from(now), "interval", Timestamp.from(now.minus(INTERVAL))), (rs) -> {
					long id = rs.getLong("educator_id");
					if (!due.containsKey(id)) {
						due.put(id, new Follower(id, rs.getLong("chat_id"),
								Language.fromCode(rs.getString("language")).orElse(Language.EN)));
					}
					Follower follower = due.get(id);
					follower.updates.add(new Item(rs.getLong("update_id"), rs.getString("title")));
					if (follower.oldest == null) {
						follower.oldest = rs.getTimestamp("created_at").toInstant();
					}
				});
		due.values().removeIf((follower) -> follower.oldest.isAfter(now.minus(GATHER)));
		for (Follower follower : due.values()) {
			this.deliveries.enqueue(SOURCE, follower.id, 1, List.of(message(follower, now)));
			this.jdbc.update("update follower_notices set covered_until = :now, sent_at = :now where educator_id = :id",
					Map.of("id", follower.id, "now", Timestamp.from(now)));
		}
		return due.size();
	}

	private NewDelivery message(Follower follower, Instant now) {
		Language language = follower.language;
		String heading = this.messages.format(language, "follow.notice.heading",
				Map.of("count", follower.updates.size()));
		StringBuilder text = new StringBuilder(heading);
		int shown = 0;
		for (Item item : follower.updates) {
			String entry = this.entries.entry(language, item.updateId, item.title, null, EXCERPT);
			if (text.length() + entry.length() + 200 > Digests.MAX_MESSAGE) {
				break;
			}
			text.append("\n\n").append(entry);
			shown++;
		}
		if (shown < follower.updates.size()) {
			text.append("\n\n")
				.append(this.messages.format(language, "follow.notice.more",
						Map.of("count", follower.updates.size() - shown)));
		}
		return new NewDelivery(EducatorId.of(follower.id), ChatId.of(follower.chatId), text.toString(), null, null, now,
				now.plus(Duration.ofDays(3)))
			.inHtml();
	}

	private record Item(long updateId, String title) {
	}

	private static final class Follower {

		final long id;

		final long chatId;

		final Language language;

		final List<Item> updates = new ArrayList<>();

		Instant oldest;

		Follower(long id, long chatId, Language language) {
			this.id = id;
			this.chatId = chatId;
			this.language = language;
		}

	}

}
