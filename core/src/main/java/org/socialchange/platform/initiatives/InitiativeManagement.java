package org.socialchange.platform.initiatives;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.FreeText;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.groups.PeerGroupManagement;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry point of initiatives for educators: create, edit and archive their own, post
 * updates (text, an album, a document) and edit or delete them; find others' initiatives
 * as each author's visibility allows, follow them, find updates useful, reply to their
 * authors through the bot and agree to exchange contacts, report an update. A pending
 * educator has their own initiatives but sees no one else's, and no one sees theirs.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeManagement {

	/** The longest text of an update. */
	public static final int MAX_TEXT = 4096;

	/** The longest text of an update with photos or a document: Telegram's caption. */
	public static final int MAX_CAPTION = 1024;

	/** The most photos of one update: Telegram's album. */
	public static final int MAX_PHOTOS = 10;

	public static final int MAX_REPORT_REASON = 500;

	private final InitiativeStore store;

	private final InitiativeSearch search;

	private final Engagement engagement;

	private final EducatorManagement educators;

	private final PeerGroupManagement groups;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InitiativeManagement(InitiativeStore store, InitiativeSearch search, Engagement engagement,
			EducatorManagement educators, PeerGroupManagement groups, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.search = search;
		this.engagement = engagement;
		this.educators = educators;
		this.groups = groups;
		this.events = events;
		this.clock = clock;
	}

	// own initiatives

	@Transactional
	public Initiative create(Educator author, InitiativeDraft draft) {
		requireRegistered(author);
		requireOwnGroups(author, draft);
		long id = this.store.insert(author.id(), author.country().orElse(null), draft, now());
		return this.store.find(id).orElseThrow();
	}

	@Transactional
	public Initiative edit(Educator author, long id, InitiativeDraft draft) {
		own(author, id);
		requireOwnGroups(author, draft);
		this.store.update(id, draft, now());
		return this.store.find(id).orElseThrow();
	}

	@Transactional
	public Initiative archive(Educator author, long id, boolean archived) {
		own(author, id);
		this.store.archive(id, archived, now());
		return this.store.find(id).orElseThrow();
	}

	/** The educator's initiatives, the active ones first, newest activity first. */
	public List<Initiative> mine(Educator author) {
		return this.store.byAuthor(author.id());
	}

	/**
	 * One of the educator's initiatives; {@link InitiativeNotFound} for anyone else's.
	 */
	public Initiative own(Educator author, long id) {
		return this.store.find(id)
			.filter((initiative) -> initiative.authorId() == author.id())
			.orElseThrow(() -> new InitiativeNotFound("initiative", id));
	}

	/** The peer groups an educator may place an initiative in: their own. */
	public List<PeerGroup> groupsOf(Educator author) {
		return this.groups.mine(EducatorId.of(author.id()));
	}

	// updates

	/**
	 * Posts an update on one of the author's active initiatives: text, or photos or a
	 * document with an optional caption. The first photo of an album starts the update;
	 * {@link #addToAlbum} adds the others.
	 */
	@Transactional
	public InitiativeUpdate post(Educator author, long initiativeId, String text, List<UpdateFile> files,
			String mediaGroup) {
		Initiative initiative = own(author, initiativeId);
		if (initiative.archived()) {
			throw new InitiativeNotFound("active initiative", initiativeId);
		}
		MediaKind kind = kind(files);
		String cleaned = cleanText(text, kind, files.isEmpty());
		long id = this.store.insertUpdate(initiativeId, author.id(), cleaned, kind, mediaGroup,
				files.stream().limit(MAX_PHOTOS).toList(), now());
		return this.store.findUpdate(id).orElseThrow();
	}

	/**
	 * The next photo of an album whose first photo started an update; empty when no
	 * update of the author's has this album (the album was not meant as an update).
	 */
	@Transactional
	public Optional<InitiativeUpdate> addToAlbum(Educator author, String mediaGroup, UpdateFile photo, String caption) {
		Optional<Long> updateId = this.store.albumUpdate(author.id(), mediaGroup);
		if (updateId.isEmpty()) {
			return Optional.empty();
		}
		InitiativeUpdate update = this.store.findUpdate(updateId.get()).orElseThrow();
		if (update.files().size() < MAX_PHOTOS) {
			this.store.addFiles(update.id(), List.of(photo));
		}
		if (update.text().isEmpty() && caption != null && !caption.isBlank()) {
			this.store.editUpdate(update.id(), PostText.of(caption, MAX_CAPTION), update.createdAt());
		}
		return this.store.findUpdate(update.id());
	}

	@Transactional
	public InitiativeUpdate editUpdate(Educator author, long updateId, String text) {
		InitiativeUpdate update = ownUpdate(author, updateId);
		this.store.editUpdate(updateId, cleanText(text, update.mediaKind(), true), now());
		return this.store.findUpdate(updateId).orElseThrow();
	}

	@Transactional
	public void deleteUpdate(Educator author, long updateId) {
		ownUpdate(author, updateId);
		this.store.deleteUpdate(updateId);
	}

	public InitiativeUpdate ownUpdate(Educator author, long updateId) {
		return this.store.findUpdate(updateId)
			.filter((update) -> update.authorId() == author.id())
			.orElseThrow(() -> new InitiativeNotFound("update", updateId));
	}

	// finding and reading

	/** Initiatives the educator may see, matching the filter, a page at a time. */
	public InitiativePage find(Educator viewer, InitiativeFilter filter, int page, int size) {
		if (!viewer.isMember()) {
			return new InitiativePage(List.of(), 0, false);
		}
		return this.search.forMember(viewer.id(), filter, Math.max(0, page), size);
	}

	/** An initiative as the educator sees it; empty when they may not. */
	public Optional<InitiativeCard> view(Educator viewer, long id) {
		return this.store.find(id).filter((initiative) -> sees(viewer, initiative)).map((initiative) -> {
			Author author = author(initiative.authorId()).orElseThrow();
			return new InitiativeCard(initiative, author, this.store.countUpdates(id), this.engagement.followers(id),
					this.engagement.follows(id, viewer.id()), initiative.authorId() == viewer.id());
		});
	}

	/** An initiative's visible updates, newest first, as the educator sees them. */
	public List<UpdateView> updates(Educator viewer, long initiativeId, int offset, int limit) {
		Optional<Initiative> initiative = this.store.find(initiativeId).filter((found) -> sees(viewer, found));
		if (initiative.isEmpty()) {
			return List.of();
		}
		Author author = author(initiative.get().authorId()).orElseThrow();
		return this.store.updatesOf(initiativeId, false, offset, limit)
			.stream()
			.map((update) -> view(viewer, update, initiative.get(), author))
			.toList();
	}

	/**
	 * An update as the educator sees it; empty when hidden or when they may not see it.
	 */
	public Optional<UpdateView> update(Educator viewer, long updateId) {
		Optional<InitiativeUpdate> update = this.store.findUpdate(updateId)
			.filter((found) -> !found.hidden() || found.authorId() == viewer.id());
		if (update.isEmpty()) {
			return Optional.empty();
		}
		return this.store.find(update.get().initiativeId())
			.filter((initiative) -> sees(viewer, initiative))
			.map((initiative) -> view(viewer, update.get(), initiative, author(initiative.authorId()).orElseThrow()));
	}

	private UpdateView view(Educator viewer, InitiativeUpdate update, Initiative initiative, Author author) {
		return new UpdateView(update, initiative, author, this.engagement.useful(update.id()),
				this.engagement.foundUseful(update.id(), viewer.id()), update.authorId() == viewer.id());
	}

	/**
	 * Whether the viewer may see the initiative: their own, or an active one of a member
	 * whose visibility lets this member see them.
	 */
	boolean sees(Educator viewer, Initiative initiative) {
		if (initiative.authorId() == viewer.id()) {
			return true;
		}
		return viewer.isMember() && !initiative.archived() && this.search.visible(viewer.id(), initiative.authorId());
	}

	Optional<Author> author(long educatorId) {
		return this.educators.byId(EducatorId.of(educatorId))
			.map((educator) -> new Author(educatorId, educator.displayName().orElse(""), educator.country(),
					educator.region()));
	}

	// following, reacting

	@Transactional
	public boolean follow(Educator viewer, long initiativeId, boolean follow) {
		Initiative initiative = visible(viewer, initiativeId);
		if (initiative.authorId() == viewer.id()) {
			return false;
		}
		return follow ? this.engagement.follow(initiativeId, viewer.id(), now())
				: this.engagement.unfollow(initiativeId, viewer.id());
	}

	/** The initiatives the educator follows and may still see, newest follow first. */
	public List<Initiative> following(Educator viewer) {
		return this.store.findAll(this.engagement.followed(viewer.id()))
			.stream()
			.filter((initiative) -> sees(viewer, initiative))
			.toList();
	}

	/** Finds an update useful, or takes it back; true when it is marked now. */
	@Transactional
	public boolean toggleUseful(Educator viewer, long updateId) {
		UpdateView view = update(viewer, updateId).filter((found) -> !found.mine())
			.orElseThrow(() -> new InitiativeNotFound("update", updateId));
		return this.engagement.toggleUseful(view.update().id(), viewer.id(), now());
	}

	// replies and contacts

	/**
	 * A reply to an update's author: stored, to be relayed by the bot without either
	 * side's Telegram identity. Returns the reply and its recipient.
	 */
	@Transactional
	public Relay reply(Educator from, long updateId, String text) {
		UpdateView view = update(from, updateId).filter((found) -> !found.mine())
			.orElseThrow(() -> new InitiativeNotFound("update", updateId));
		String cleaned = PostText.of(text, MAX_TEXT - 500);
		long id = this.engagement.reply(updateId, from.id(), view.update().authorId(), null, cleaned, now());
		return relay(id);
	}

	/** An answer to a relayed reply, back to the one who wrote it. */
	@Transactional
	public Relay answer(Educator from, long replyId, String text) {
		RelayedReply original = this.engagement.findReply(replyId)
			.filter((reply) -> reply.toId() == from.id())
			.orElseThrow(() -> new InitiativeNotFound("reply", replyId));
		String cleaned = PostText.of(text, MAX_TEXT - 500);
		long id = this.engagement.reply(original.updateId(), from.id(), original.fromId(), replyId, cleaned, now());
		return relay(id);
	}

	/**
	 * An educator the viewer corresponded with through the bot, for agreeing to exchange
	 * contacts.
	 */
	public Optional<Educator> correspondent(Educator viewer, long peerId) {
		return this.engagement.corresponded(viewer.id(), peerId) ? this.educators.byId(EducatorId.of(peerId))
				: Optional.empty();
	}

	/** A relayed reply addressed to the educator. */
	public Optional<Relay> received(Educator educator, long replyId) {
		return this.engagement.findReply(replyId)
			.filter((reply) -> reply.toId() == educator.id())
			.map((reply) -> relay(reply.id()));
	}

	private Relay relay(long id) {
		RelayedReply reply = this.engagement.findReply(id).orElseThrow();
		Educator to = this.educators.byId(EducatorId.of(reply.toId())).orElseThrow();
		Educator from = this.educators.byId(EducatorId.of(reply.fromId())).orElseThrow();
		Optional<Initiative> initiative = Optional.ofNullable(reply.updateId())
			.flatMap(this.store::findUpdate)
			.flatMap((update) -> this.store.find(update.initiativeId()));
		Optional<String> fromName = this.search.visible(to.id(), from.id()) ? from.displayName() : Optional.empty();
		return new Relay(reply, from, to, fromName, initiative.map(Initiative::title).orElse(""));
	}

	/**
	 * The educator agrees to show their Telegram account to a peer they corresponded
	 * with; {@code both} once the peer agreed too.
	 */
	@Transactional
	public ContactExchange agreeToExchange(Educator educator, long peerId) {
		if (!this.engagement.corresponded(educator.id(), peerId)) {
			throw new InitiativeNotFound("correspondent", peerId);
		}
		this.engagement.agreeToExchange(educator.id(), peerId, now());
		return new ContactExchange(this.engagement.agreed(peerId, educator.id()), educator.id(), peerId);
	}

	// reports

	/** Flags an update for coordinators; false when this educator already did. */
	@Transactional
	public boolean report(Educator reporter, long updateId, String reason) {
		UpdateView view = update(reporter, updateId).filter((found) -> !found.mine())
			.orElseThrow(() -> new InitiativeNotFound("update", updateId));
		if (this.engagement.reported(updateId, reporter.id())) {
			return false;
		}
		String cleaned = (reason == null || reason.isBlank()) ? null : FreeText.of(reason, MAX_REPORT_REASON).value();
		long id = this.engagement.report(view.update().id(), reporter.id(), cleaned, now());
		this.events.publishEvent(new UpdateReported(id, updateId));
		return true;
	}

	// preferences

	public Preferences preferences(Educator educator) {
		return this.engagement.preferences(educator.id());
	}

	@Transactional
	public Preferences preferences(Educator educator, Preferences preferences) {
		this.engagement.save(educator.id(), preferences);
		return preferences;
	}

	// helpers

	private Initiative visible(Educator viewer, long id) {
		return this.store.find(id)
			.filter((initiative) -> sees(viewer, initiative))
			.orElseThrow(() -> new InitiativeNotFound("initiative", id));
	}

	private void requireRegistered(Educator author) {
		if (!author.isRegistered()) {
			throw new IllegalStateException("Only registered educators have initiatives");
		}
	}

	private void requireOwnGroups(Educator author, InitiativeDraft draft) {
		Set<Long> mine = groupsOf(author).stream().map(PeerGroup::id).collect(Collectors.toSet());
		if (!mine.containsAll(draft.groupIds())) {
			throw new IllegalArgumentException("An initiative belongs only to its author's peer groups");
		}
	}

	private static MediaKind kind(List<UpdateFile> files) {
		if (files.isEmpty()) {
			return MediaKind.NONE;
		}
		return (files.get(0).kind() == UpdateFile.Kind.DOCUMENT) ? MediaKind.DOCUMENT : MediaKind.PHOTOS;
	}

	/** The cleaned text; required without files, at most a caption's length with them. */
	private static String cleanText(String text, MediaKind kind, boolean required) {
		if (text == null || text.isBlank()) {
			if (kind == MediaKind.NONE && required) {
				return PostText.of(text, MAX_TEXT);
			}
			return null;
		}
		return PostText.of(text, (kind == MediaKind.NONE) ? MAX_TEXT : MAX_CAPTION);
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * A relayed reply, who wrote it and to whom, the writer's name when their visibility
	 * lets the recipient see it, and the title of the initiative it is about.
	 */
	public record Relay(RelayedReply reply, Educator from, Educator to, Optional<String> fromName,
			String initiativeTitle) {

	}

}
