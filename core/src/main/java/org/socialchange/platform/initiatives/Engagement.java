package org.socialchange.platform.initiatives;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * What educators do with others' initiatives: follows, "useful" reactions, relayed
 * replies and contact consents, reports, and their preferences; plain rows and SQL.
 */
@Component
class Engagement {

	private final NamedParameterJdbcTemplate jdbc;

	Engagement(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	// follows

	boolean follow(long initiativeId, long educatorId, Instant now) {
		int added = this.jdbc.update(
				"""
						insert into initiative_follows (initiative_id, educator_id, followed_at) values (:initiative, :educator, :now)
						on conflict do nothing""",
				params(initiativeId, educatorId, now));
		this.jdbc.update("""
				insert into follower_notices (educator_id, covered_until) values (:educator, :now)
				on conflict do nothing""", params(initiativeId, educatorId, now));
		return added > 0;
	}

	boolean unfollow(long initiativeId, long educatorId) {
		return this.jdbc.update(
				"delete from initiative_follows where initiative_id = :initiative and educator_id = :educator",
				params(initiativeId, educatorId, null)) > 0;
	}

	boolean follows(long initiativeId, long educatorId) {
		return count(
				"select count(*) from initiative_follows where initiative_id = :initiative and educator_id = :educator",
				params(initiativeId, educatorId, null)) > 0;
	}

	long followers(long initiativeId) {
		return count("select count(*) from initiative_follows where initiative_id = :initiative",
				params(initiativeId, 0, null));
	}

	List<Long> followed(long educatorId) {
		return this.jdbc.queryForList(
				"select initiative_id from initiative_follows where educator_id = :educator order by followed_at desc",
				params(0, educatorId, null), Long.class);
	}

	// reactions

	/**
	 * Adds the reaction, or takes it back when it was there; true when it is there now.
	 */
	boolean toggleUseful(long updateId, long educatorId, Instant now) {
		int removed = this.jdbc.update(
				"delete from update_reactions where update_id = :update and educator_id = :educator",
				Map.of("update", updateId, "educator", educatorId));
		if (removed > 0) {
			return false;
		}
		this.jdbc.update("""
				insert into update_reactions (update_id, educator_id, reacted_at) values (:update, :educator, :now)
				on conflict do nothing""",
				Map.of("update", updateId, "educator", educatorId, "now", Timestamp.from(now)));
		return true;
	}

	long useful(long updateId) {
		return count("select count(*) from update_reactions where update_id = :update", Map.of("update", updateId));
	}

	boolean foundUseful(long updateId, long educatorId) {
		return count("select count(*) from update_reactions where update_id = :update and educator_id = :educator",
				Map.of("update", updateId, "educator", educatorId)) > 0;
	}

	// replies and contacts

	long reply(Long updateId, long fromId, long toId, Long inReplyTo, String text, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into update_replies (update_id, from_id, to_id, in_reply_to, text, created_at)
				values (:update, :from, :to, :replyTo, :text, :now)""",
				new MapSqlParameterSource("update", updateId).addValue("from", fromId)
					.addValue("to", toId)
					.addValue("replyTo", inReplyTo)
					.addValue("text", text)
					.addValue("now", Timestamp.from(now)),
				key, new String[] { "id" });
		return key.getKey().longValue();
	}

	Optional<RelayedReply> findReply(long id) {
		return this.jdbc
			.query("select id, update_id, from_id, to_id, text, created_at from update_replies where id = :id",
					Map.of("id", id),
					(rs, n) -> new RelayedReply(rs.getLong("id"), (Long) rs.getObject("update_id"),
							rs.getLong("from_id"), rs.getLong("to_id"), rs.getString("text"),
							rs.getTimestamp("created_at").toInstant()))
			.stream()
			.findFirst();
	}

	/** True when the pair have written to each other through the bot, either way. */
	boolean corresponded(long a, long b) {
		return count("""
				select count(*) from update_replies
				where (from_id = :a and to_id = :b) or (from_id = :b and to_id = :a)""", Map.of("a", a, "b", b)) > 0;
	}

	void agreeToExchange(long educatorId, long peerId, Instant now) {
		this.jdbc.update("""
				insert into contact_consents (educator_id, peer_id, agreed_at) values (:educator, :peer, :now)
				on conflict do nothing""", Map.of("educator", educatorId, "peer", peerId, "now", Timestamp.from(now)));
	}

	boolean agreed(long educatorId, long peerId) {
		return count("select count(*) from contact_consents where educator_id = :educator and peer_id = :peer",
				Map.of("educator", educatorId, "peer", peerId)) > 0;
	}

	// reports

	long report(long updateId, long reporterId, String reason, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into update_reports (update_id, reporter_id, reason, created_at)
				values (:update, :reporter, :reason, :now)""",
				new MapSqlParameterSource("update", updateId).addValue("reporter", reporterId)
					.addValue("reason", reason)
					.addValue("now", Timestamp.from(now)),
				key, new String[] { "id" });
		return key.getKey().longValue();
	}

	boolean reported(long updateId, long reporterId) {
		return count("""
				select count(*) from update_reports
				where update_id = :update and reporter_id = :reporter and resolved_at is null""",
				Map.of("update", updateId, "reporter", reporterId)) > 0;
	}

	/** Closes the open reports of an update. */
	int resolveReports(long updateId, String by, String outcome, Instant now) {
		return this.jdbc.update("""
				update update_reports set resolved_at = :now, resolved_by = :by, outcome = :outcome
				where update_id = :update and resolved_at is null""",
				Map.of("update", updateId, "by", by, "outcome", outcome, "now", Timestamp.from(now)));
	}

	// preferences

	Preferences preferences(long educatorId) {
		return this.jdbc.query("""
				select digests_in_private, partner_suggestions from initiative_preferences where educator_id = :id""",
				Map.of("id", educatorId),
				(rs, n) -> new Preferences(rs.getBoolean("digests_in_private"), rs.getBoolean("partner_suggestions")))
			.stream()
			.findFirst()
			.orElse(Preferences.DEFAULT);
	}

	void save(long educatorId, Preferences preferences) {
		this.jdbc.update("""
				insert into initiative_preferences (educator_id, digests_in_private, partner_suggestions)
				values (:id, :digests, :partners)
				on conflict (educator_id) do update set digests_in_private = excluded.digests_in_private,
				    partner_suggestions = excluded.partner_suggestions""", Map.of("id", educatorId, "digests",
				preferences.digestsInPrivate(), "partners", preferences.partnerSuggestions()));
	}

	// erasure

	void erase(long educatorId) {
		Map<String, Object> id = Map.of("id", educatorId);
		this.jdbc.update("delete from initiative_follows where educator_id = :id", id);
		this.jdbc.update("delete from follower_notices where educator_id = :id", id);
		this.jdbc.update("delete from update_reactions where educator_id = :id", id);
		this.jdbc.update("delete from update_replies where from_id = :id or to_id = :id", id);
		this.jdbc.update("delete from contact_consents where educator_id = :id or peer_id = :id", id);
		this.jdbc.update("update update_reports set reporter_id = null where reporter_id = :id", id);
		this.jdbc.update("delete from initiative_preferences where educator_id = :id", id);
		this.jdbc.update("delete from partner_suggestions where educator_id = :id or peer_id = :id", id);
	}

	private long count(String sql, Map<String, ?> params) {
		Long count = this.jdbc.queryForObject(sql, params, Long.class);
		return (count != null) ? count : 0;
	}

	private static Map<String, Object> params(long initiativeId, long educatorId, Instant now) {
		MapSqlParameterSource source = new MapSqlParameterSource("initiative", initiativeId).addValue("educator",
				educatorId);
		if (now != null) {
			source.addValue("now", Timestamp.from(now));
		}
		return source.getValues();
	}

}
