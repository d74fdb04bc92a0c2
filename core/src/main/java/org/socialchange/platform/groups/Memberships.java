package org.socialchange.platform.groups;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Who is in which group and who asked to join: plain rows, read and written with SQL. */
@Component
class Memberships {

	private final NamedParameterJdbcTemplate jdbc;

	Memberships(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long groupId, long educatorId, Instant at) {
	}

	List<Row> members(long groupId) {
		return this.jdbc
			.query("select group_id, educator_id, joined_at as at from peer_group_members where group_id = :group "
					+ "order by joined_at, educator_id", Map.of("group", groupId), Memberships::row);
	}

	long count(long groupId) {
		Long count = this.jdbc.queryForObject("select count(*) from peer_group_members where group_id = :group",
				Map.of("group", groupId), Long.class);
		return (count != null) ? count : 0;
	}

	boolean isMember(long groupId, long educatorId) {
		return exists("peer_group_members", groupId, educatorId);
	}

	boolean hasRequested(long groupId, long educatorId) {
		return exists("peer_group_requests", groupId, educatorId);
	}

	/** Adds the member (once) and drops any request of theirs to this group. */
	void add(long groupId, long educatorId, Instant now) {
		this.jdbc.update("insert into peer_group_members (group_id, educator_id, joined_at) values (:group, :educator, "
				+ ":now) on conflict do nothing", params(groupId, educatorId, now));
		removeRequest(groupId, educatorId);
	}

	boolean remove(long groupId, long educatorId) {
		return this.jdbc.update("delete from peer_group_members where group_id = :group and educator_id = :educator",
				params(groupId, educatorId, null)) > 0;
	}

	void request(long groupId, long educatorId, Instant now) {
		this.jdbc.update("insert into peer_group_requests (group_id, educator_id, requested_at) values (:group, "
				+ ":educator, :now) on conflict do nothing", params(groupId, educatorId, now));
	}

	boolean removeRequest(long groupId, long educatorId) {
		return this.jdbc.update("delete from peer_group_requests where group_id = :group and educator_id = :educator",
				params(groupId, educatorId, null)) > 0;
	}

	List<Row> requests(long groupId) {
		return this.jdbc
			.query("select group_id, educator_id, requested_at as at from peer_group_requests where group_id = :group "
					+ "order by requested_at, educator_id", Map.of("group", groupId), Memberships::row);
	}

	/** The groups the educator is in, oldest membership first. */
	List<Row> groupsOf(long educatorId) {
		return this.jdbc.query(
				"select group_id, educator_id, joined_at as at from peer_group_members "
						+ "where educator_id = :educator order by joined_at, group_id",
				Map.of("educator", educatorId), Memberships::row);
	}

	List<Row> requestsOf(long educatorId) {
		return this.jdbc.query(
				"select group_id, educator_id, requested_at as at from peer_group_requests "
						+ "where educator_id = :educator order by requested_at, group_id",
				Map.of("educator", educatorId), Memberships::row);
	}

	/** Members of any of the groups, each once. */
	List<Long> memberIds(Collection<Long> groupIds) {
		if (groupIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.queryForList(
				"select distinct educator_id from peer_group_members where group_id in (:groups) order by 1",
				Map.of("groups", groupIds), Long.class);
	}

	/** Whether two educators share a group. */
	boolean shareAGroup(long one, long other) {
		Boolean shared = this.jdbc.queryForObject("select exists (select from peer_group_members a join "
				+ "peer_group_members b on a.group_id = b.group_id where a.educator_id = :one and b.educator_id = :other)",
				Map.of("one", one, "other", other), Boolean.class);
		return Boolean.TRUE.equals(shared);
	}

	void erase(long educatorId) {
		Map<String, Object> educator = Map.of("educator", educatorId);
		this.jdbc.update("delete from peer_group_requests where educator_id = :educator", educator);
		this.jdbc.update("delete from peer_group_members where educator_id = :educator", educator);
	}

	private boolean exists(String table, long groupId, long educatorId) {
		Boolean exists = this.jdbc.queryForObject(
				"select exists (select from " + table + " where group_id = :group and educator_id = :educator)",
				params(groupId, educatorId, null), Boolean.class);
		return Boolean.TRUE.equals(exists);
	}

	private static Map<String, Object> params(long groupId, long educatorId, Instant now) {
		return (now != null) ? Map.of("group", groupId, "educator", educatorId, "now", Timestamp.from(now))
				: Map.of("group", groupId, "educator", educatorId);
	}

	private static Row row(java.sql.ResultSet row, int index) throws java.sql.SQLException {
		return new Row(row.getLong("group_id"), row.getLong("educator_id"), row.getTimestamp("at").toInstant());
	}

}
