package org.socialchange.platform.initiatives;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.socialchange.platform.delivery.DeliveryManagement;
import org.socialchange.platform.delivery.NewDelivery;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The digest of a peer group: what its members posted on the group's initiatives since
 * the last one, and who joined, at the group's day and hour in its own time zone. Posted
 * into the linked chat (its forum topic) and sent privately to members who asked for it,
 * through the delivery engine. A period's digest happens once: its row in
 * {@code group_digests} is written in the transaction that queues the messages, so a
 * restart or a second instance finds it done. Nothing new: no message.
 */
@Component
public class GroupDigests {

	private static final Logger log = LoggerFactory.getLogger(GroupDigests.class);

	static final String SOURCE = "digest";

	static final int EXCERPT = 280;

	/**
	 * A digest not made within this time after it was due (the platform was down) is
	 * skipped: what it would have held goes into the next one.
	 */
	static final Duration VALIDITY = Duration.ofHours(12);

	private final NamedParameterJdbcTemplate jdbc;

	private final UpdateEntries entries;

	private final PeerGroupManagement groups;

	private final DeliveryManagement deliveries;

	private final Messages messages;

	private final TransactionTemplate transaction;

	GroupDigests(NamedParameterJdbcTemplate jdbc, UpdateEntries entries, PeerGroupManagement groups,
			DeliveryManagement deliveries, Messages messages, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.entries = entries;
		this.groups = groups;
		this.deliveries = deliveries;
		this.messages = messages;
		this.transaction = transaction;
	}

	/** Makes every digest due at this instant; returns how many groups got one. */
	public int run(Instant now) {
		int sent = 0;
		for (PeerGroup group : this.groups.withDigests()) {
			try {
				Boolean made = this.transaction.execute((status) -> digest(group, now));
				sent += Boolean.TRUE.equals(made) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.warn("The digest of group {} failed; it is tried again at the next run", group.id(), ex);
			}
		}
		return sent;
	}

	private boolean digest(PeerGroup group, Instant now) {
		DigestPeriod period = DigestPeriod.latest(group.digest(), now);
		boolean beforeSchedule = group.digestSetAt().filter((set) -> period.due().isBefore(set)).isPresent();
		boolean stale = now.isAfter(period.due().plus(VALIDITY));
		if (beforeSchedule || stale || done(group.id(), period.key())) {
			return false;
		}
		Instant from = this.jdbc
			.queryForList("select max(covered_until) from group_digests where group_id = :group",
					Map.of("group", group.id()), Timestamp.class)
			.stream()
			.filter((at) -> at != null)
			.map(Timestamp::toInstant)
			.findFirst()
			.orElse(period.previousDue());
		List<Item> items = items(group.id(), from, now);
		List<Joined> joined = joined(group.id(), from, now);
		int count = items.size() + joined.size();
		int inserted = this.jdbc.update("""
				insert into group_digests (group_id, period, covered_until, items, created_at)
				values (:group, :period, :now, :items, :now) on conflict do nothing""",
				Map.of("group", group.id(), "period", period.key(), "now", Timestamp.from(now), "items", count));
		if (inserted == 0 || count == 0) {
			return false;
		}
		List<NewDelivery> messages = new ArrayList<>();
		Instant expires = period.due().plus(VALIDITY).isAfter(now) ? period.due().plus(VALIDITY) : now.plus(VALIDITY);
		if (group.chatId().isPresent()) {
			for (String text : render(group, group.primaryLanguage(), items, joined)) {
				messages.add(new NewDelivery(null, ChatId.of(group.chatId().get()), group.chatThreadId().orElse(null),
						text, null, null, now, expires)
					.inHtml());
			}
		}
		this.jdbc.query("""
				select e.id, e.chat_id, e.language from peer_group_members m
				join educators e on e.id = m.educator_id and e.admission = 'MEMBER'
				join initiative_preferences p on p.educator_id = e.id and p.digests_in_private
				where m.group_id = :group order by e.id""", Map.of("group", group.id()), (rs) -> {
			Language language = Language.fromCode(rs.getString("language")).orElse(Language.EN);
			for (String text : render(group, language, items, joined)) {
				messages.add(new NewDelivery(EducatorId.of(rs.getLong("id")), ChatId.of(rs.getLong("chat_id")), text,
						null, null, now, expires)
					.inHtml());
			}
		});
		this.deliveries.enqueue(SOURCE, group.id(), 2, messages);
		return true;
	}

	private boolean done(long groupId, String period) {
		Boolean done = this.jdbc.queryForObject(
				"select exists (select 1 from group_digests where group_id = :group and period = :period)",
				Map.of("group", groupId, "period", period), Boolean.class);
		return Boolean.TRUE.equals(done);
	}

	/**
	 * Updates by the group's members on the group's initiatives in the window; authors
	 * who show themselves to coordinators only are left out.
	 */
	private List<Item> items(long groupId, Instant from, Instant to) {
		return this.jdbc.query("""
				select u.id, i.title, a.display_name from initiative_updates u
				join initiative_groups ig on ig.initiative_id = u.initiative_id and ig.group_id = :group
				join initiatives i on i.id = u.initiative_id and i.archived_at is null
				join peer_group_members m on m.group_id = :group and m.educator_id = u.author_id
				join educators a on a.id = u.author_id and a.admission = 'MEMBER' and a.visibility <> 'COORDINATORS'
				where u.hidden_at is null and u.created_at > :from and u.created_at <= :to
				order by u.created_at, u.id""",
				Map.of("group", groupId, "from", Timestamp.from(from), "to", Timestamp.from(to)),
				(rs, n) -> new Item(rs.getLong("id"), rs.getString("title"), rs.getString("display_name")));
	}

	/**
	 * Who joined in the window; names only of those who show themselves to their groups.
	 */
	private List<Joined> joined(long groupId, Instant from, Instant to) {
		return this.jdbc.query("""
				select e.display_name, e.visibility <> 'COORDINATORS' as shown from peer_group_members m
				join educators e on e.id = m.educator_id and e.admission = 'MEMBER'
				where m.group_id = :group and m.joined_at > :from and m.joined_at <= :to
				order by m.joined_at, e.id""",
				Map.of("group", groupId, "from", Timestamp.from(from), "to", Timestamp.from(to)),
				(rs, n) -> new Joined(rs.getBoolean("shown") ? rs.getString("display_name") : null));
	}

	List<String> render(PeerGroup group, Language language, List<Item> items, List<Joined> joined) {
		String heading = this.messages.format(language, "digest.heading",
				Map.of("group", Digests.escape(group.name(language)), "count", items.size()));
		List<String> entries = new ArrayList<>();
		for (Item item : items) {
			entries.add(this.entries.entry(language, item.updateId, item.title, item.author, EXCERPT));
		}
		if (!joined.isEmpty()) {
			List<String> names = joined.stream()
				.filter((member) -> member.name != null)
				.map((member) -> Digests.escape(member.name))
				.toList();
			long unnamed = joined.size() - names.size();
			StringBuilder members = new StringBuilder(
					this.messages.format(language, "digest.joined", Map.of("count", joined.size())));
			if (!names.isEmpty()) {
				members.append(" ").append(String.join(", ", names));
			}
			if (unnamed > 0) {
				members.append(names.isEmpty() ? " " : "; ")
					.append(this.messages.format(language, "digest.joinedUnnamed", Map.of("count", unnamed)));
			}
			entries.add(members.toString());
		}
		return Digests.split(heading, entries);
	}

	record Item(long updateId, String title, String author) {
	}

	record Joined(String name) {
	}

}
