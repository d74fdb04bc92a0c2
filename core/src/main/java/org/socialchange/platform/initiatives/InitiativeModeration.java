package org.socialchange.platform.initiatives;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.socialchange.platform.delivery.DeliveryManagement;
import org.socialchange.platform.delivery.NewDelivery;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.FreeText;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.translations.Messages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Initiatives and updates for coordinators, within their scope (the author's country and
 * network; anything else answers {@link InitiativeNotFound}): lists with filters, the
 * queue of reported updates, hiding an update (gone from search, digests and followers'
 * future notices; its author is told why) and dismissing reports. Audited through events.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeModeration {

	public static final int MAX_REASON = 500;

	/** The open reports with the author of their update (as {@code e}). */
	private static final String REPORTED = "from update_reports r join initiative_updates u on u.id = r.update_id "
			+ "join educators e on e.id = u.author_id where r.resolved_at is null";

	private final InitiativeSearch search;

	private final InitiativeStore store;

	private final Engagement engagement;

	private final NamedParameterJdbcTemplate jdbc;

	private final EducatorManagement educators;

	private final DeliveryManagement deliveries;

	private final Messages messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InitiativeModeration(InitiativeSearch search, InitiativeStore store, Engagement engagement,
			NamedParameterJdbcTemplate jdbc, EducatorManagement educators, DeliveryManagement deliveries,
			Messages messages, ApplicationEventPublisher events, Clock clock) {
		this.search = search;
		this.store = store;
		this.engagement = engagement;
		this.jdbc = jdbc;
		this.educators = educators;
		this.deliveries = deliveries;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** Initiatives of educators in scope, archived ones too, newest activity first. */
	public InitiativePage initiatives(EducatorScope scope, InitiativeFilter filter, int page, int size) {
		return this.search.forCoordinator(scope, filter, Math.max(0, page), size);
	}

	/** An initiative in scope. */
	public InitiativeSummary initiative(long id, EducatorScope scope) {
		return this.search.forCoordinator(scope, id).orElseThrow(() -> new InitiativeNotFound("initiative", id));
	}

	/** An initiative's updates, hidden ones too, newest first. */
	public List<ModeratedUpdate> updates(long initiativeId, EducatorScope scope) {
		InitiativeSummary summary = initiative(initiativeId, scope);
		return this.store.updatesOf(initiativeId, true, 0, 200)
			.stream()
			.map((update) -> moderated(update, summary))
			.toList();
	}

	/** Updates with open reports, the longest waiting first. */
	public List<ModeratedUpdate> reported(EducatorScope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		List<Long> ids = this.jdbc.queryForList("select r.update_id " + REPORTED + " and "
				+ InitiativeSearch.scopeCondition(scope, params) + " group by r.update_id order by min(r.created_at)",
				params, Long.class);
		List<ModeratedUpdate> reported = new ArrayList<>();
		for (long id : ids) {
			update(id, scope).ifPresent(reported::add);
		}
		return reported;
	}

	public long openReports(EducatorScope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		Long count = this.jdbc.queryForObject("select count(distinct r.update_id) " + REPORTED + " and "
				+ InitiativeSearch.scopeCondition(scope, params), params, Long.class);
		return (count != null) ? count : 0;
	}

	/** An update in scope, hidden or not. */
	public Optional<ModeratedUpdate> update(long updateId, EducatorScope scope) {
		return this.store.findUpdate(updateId)
			.flatMap((update) -> this.search.forCoordinator(scope, update.initiativeId())
				.map((summary) -> moderated(update, summary)));
	}

	/**
	 * Hides an update: it leaves search, digests and followers' notices; its open reports
	 * are closed; its author is told why, in their language.
	 */
	@Transactional
	public ModeratedUpdate hide(long updateId, String reason, String by, EducatorScope scope) {
		ModeratedUpdate moderated = update(updateId, scope)
			.orElseThrow(() -> new InitiativeNotFound("update", updateId));
		String cleaned = FreeText.of(reason, MAX_REASON).value();
		Instant now = this.clock.instant();
		if (moderated.update().hidden()) {
			return moderated;
		}
		this.store.hideUpdate(updateId, by, cleaned, now);
		this.engagement.resolveReports(updateId, by, "HIDDEN", now);
		this.events.publishEvent(new UpdateHidden(updateId, moderated.update().authorId(), by, cleaned));
		Optional<Educator> author = this.educators.byId(EducatorId.of(moderated.update().authorId()));
		author.ifPresent((educator) -> {
			Map<String, Object> arguments = new HashMap<>();
			arguments.put("title", Digests.escape(moderated.initiative().title()));
			arguments.put("excerpt", Digests.escape(moderated.update().excerpt(100)));
			arguments.put("reason", Digests.escape(cleaned));
			String text = this.messages.format(educator.language(), "initiatives.hidden.notice", arguments);
			this.deliveries.enqueue("moderation", updateId, 5, List.of(new NewDelivery(EducatorId.of(educator.id()),
					ChatId.of(educator.chatId()), text, null, null, now, now.plus(Duration.ofDays(7)))
				.inHtml()));
		});
		return update(updateId, scope).orElseThrow();
	}

	/** Closes an update's open reports: nothing to hide. */
	@Transactional
	public void dismiss(long updateId, String by, EducatorScope scope) {
		update(updateId, scope).orElseThrow(() -> new InitiativeNotFound("update", updateId));
		int closed = this.engagement.resolveReports(updateId, by, "DISMISSED", this.clock.instant());
		if (closed > 0) {
			this.events.publishEvent(new ReportsDismissed(updateId, by, closed));
		}
	}

	private ModeratedUpdate moderated(InitiativeUpdate update, InitiativeSummary summary) {
		List<String> reasons = this.jdbc.queryForList("""
				select coalesce(reason, '') from update_reports where update_id = :id and resolved_at is null
				order by created_at""", Map.of("id", update.id()), String.class);
		return new ModeratedUpdate(update, summary.initiative(), summary.author(), reasons.size(),
				reasons.stream().filter((reason) -> !reason.isEmpty()).toList());
	}

}
