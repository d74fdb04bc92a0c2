package org.socialchange.platform.initiatives;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.ibm.icu.util.ULocale;

import org.socialchange.platform.delivery.DeliveryManagement;
import org.socialchange.platform.delivery.NewDelivery;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.identity.BotUsername;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Looking for": once a week, an educator whose initiative looks for partners, expertise,
 * materials or ideas and an educator in another country who works on one of its topics,
 * both having opted in and able to see each other, are told of each other. A pair is
 * suggested once; each educator gets at most one suggestion a week.
 */
@Component
public class PartnerSuggestions {

	static final String SOURCE = "partners";

	private final NamedParameterJdbcTemplate jdbc;

	private final DeliveryManagement deliveries;

	private final Messages messages;

	private final ObjectProvider<BotUsername> bot;

	PartnerSuggestions(NamedParameterJdbcTemplate jdbc, DeliveryManagement deliveries, Messages messages,
			ObjectProvider<BotUsername> bot) {
		this.jdbc = jdbc;
		this.deliveries = deliveries;
		this.messages = messages;
		this.bot = bot;
	}

	/** Makes this week's suggestions; returns how many pairs were suggested. */
	@Transactional
	public int run(Instant now) {
		List<Seeker> seekers = this.jdbc.query(
				"""
						select i.id, i.title, i.author_id from initiatives i
						join educators a on a.id = i.author_id and a.admission = 'MEMBER' and a.country is not null and a.country <> 'OTHER'
						join initiative_preferences p on p.educator_id = a.id and p.partner_suggestions
						where i.archived_at is null and exists (select 1 from initiative_needs n where n.initiative_id = i.id)
						order by i.last_activity_at desc, i.id desc""",
				Map.of(), (rs, n) -> new Seeker(rs.getLong("id"), rs.getString("title"), rs.getLong("author_id")));
		Set<Long> suggested = new HashSet<>();
		int pairs = 0;
		for (Seeker seeker : seekers) {
			if (suggested.contains(seeker.authorId)) {
				continue;
			}
			Optional<Long> peer = peer(seeker, suggested);
			if (peer.isEmpty()) {
				continue;
			}
			suggest(seeker, peer.get(), now);
			suggested.add(seeker.authorId);
			suggested.add(peer.get());
			pairs++;
		}
		return pairs;
	}

	/**
	 * The opted-in educator of another country who shares most topics with the initiative
	 * (their own topics and their initiatives'), not suggested to this author before.
	 */
	private Optional<Long> peer(Seeker seeker, Set<Long> taken) {
		return this.jdbc
			.queryForList(
					"""
							select b.id from educators b
							join educators a on a.id = :author
							join initiative_preferences p on p.educator_id = b.id and p.partner_suggestions
							where b.id <> a.id and b.admission = 'MEMBER' and b.country is not null and b.country <> 'OTHER' and b.country <> a.country
							  and not exists (select 1 from partner_suggestions s where s.educator_id = a.id and s.peer_id = b.id)
							"""
							+ " and " + InitiativeSearch.visibleAuthor("b", "a.id") + " and "
							+ InitiativeSearch.visibleAuthor("a", "b.id")
							+ """
									 and (select count(*) from initiative_topics t where t.initiative_id = :initiative and (
									      t.topic in (select et.topic from educator_topics et where et.educator_id = b.id)
									      or t.topic in (select it.topic from initiative_topics it join initiatives bi on bi.id = it.initiative_id
									                     where bi.author_id = b.id and bi.archived_at is null))) > 0
									order by (select count(*) from initiative_topics t where t.initiative_id = :initiative and
									      t.topic in (select et.topic from educator_topics et where et.educator_id = b.id)) desc, b.id
									""",
					Map.of("author", seeker.authorId, "initiative", seeker.initiativeId), Long.class)
			.stream()
			.filter((id) -> !taken.contains(id))
			.findFirst();
	}

	private void suggest(Seeker seeker, long peerId, Instant now) {
		Person author = person(seeker.authorId);
		Person peer = person(peerId);
		String needs = String.join(", ",
				this.jdbc
					.queryForList("select need from initiative_needs where initiative_id = :id order by need",
							Map.of("id", seeker.initiativeId), String.class)
					.stream()
					.map((need) -> this.messages.format(peer.language, "need." + need))
					.toList());
		String toPeer = this.messages.format(peer.language, "partners.toPeer",
				Map.of("name", Digests.escape(author.name), "country", country(peer.language, author.country), "title",
						Digests.escape(seeker.title), "needs", needs));
		String toAuthor = this.messages.format(author.language, "partners.toAuthor",
				Map.of("name", Digests.escape(peer.name), "country", country(author.language, peer.country), "title",
						Digests.escape(seeker.title)));
		String link = UpdateLinks.startLink(this.bot, UpdateLinks.initiativePayload(seeker.initiativeId)).orElse(null);
		Instant expires = now.plus(Duration.ofDays(3));
		this.deliveries.enqueue(SOURCE, seeker.initiativeId, 1,
				List.of(new NewDelivery(EducatorId.of(peerId), ChatId.of(peer.chatId), toPeer,
						(link != null) ? this.messages.format(peer.language, "partners.open") : null, link, now,
						expires)
					.inHtml(),
						new NewDelivery(EducatorId.of(seeker.authorId), ChatId.of(author.chatId), toAuthor, null, null,
								now, expires)
							.inHtml()));
		for (long[] pair : new long[][] { { seeker.authorId, peerId }, { peerId, seeker.authorId } }) {
			this.jdbc.update("""
					insert into partner_suggestions (educator_id, peer_id, suggested_at) values (:a, :b, :now)
					on conflict do nothing""", Map.of("a", pair[0], "b", pair[1], "now", Timestamp.from(now)));
		}
	}

	private String country(Language language, Country country) {
		return new ULocale("", country.name()).getDisplayCountry(language.locale());
	}

	private Person person(long id) {
		return this.jdbc.queryForObject("select display_name, country, chat_id, language from educators where id = :id",
				Map.of("id", id),
				(rs, n) -> new Person(rs.getString("display_name"), Country.valueOf(rs.getString("country")),
						rs.getLong("chat_id"), Language.fromCode(rs.getString("language")).orElse(Language.EN)));
	}

	private record Seeker(long initiativeId, String title, long authorId) {
	}

	private record Person(String name, Country country, long chatId, Language language) {
	}

}
