package org.socialchange.platform.bot.initiatives;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

import org.socialchange.platform.bot.ButtonHandler;
import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.bot.CommandHandler;
import org.socialchange.platform.bot.Html;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.initiatives.InitiativeButton.Action;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.initiatives.ContactExchange;
import org.socialchange.platform.initiatives.Initiative;
import org.socialchange.platform.initiatives.InitiativeManagement;
import org.socialchange.platform.initiatives.InitiativeNotFound;
import org.socialchange.platform.initiatives.Preferences;
import org.socialchange.platform.initiatives.UpdateView;

import org.springframework.stereotype.Component;

/**
 * {@code /initiatives}: the educator's own local initiatives, a new one, those they
 * follow, search, settings; and every button of the feature: an initiative's card, its
 * updates, following, "useful", writing to an author, reporting, editing and deleting
 * one's own. Others' initiatives are shown only to members, as each author's visibility
 * allows.
 */
@Component
class InitiativesCommand implements CommandHandler, ButtonHandler<InitiativeButton> {

	static final int UPDATES_PER_PAGE = 3;

	/** Why an update is reported. */
	enum Reason {

		SPAM, OFFENSIVE, UNSAFE, OTHER

	}

	private final InitiativeManagement initiatives;

	private final InitiativeViews views;

	private final UpdateCards cards;

	private final InitiativeFlow flow;

	private final UpdateFlow updates;

	private final Relays relays;

	private final Replies replies;

	InitiativesCommand(InitiativeManagement initiatives, InitiativeViews views, UpdateCards cards, InitiativeFlow flow,
			UpdateFlow updates, Relays relays, Replies replies) {
		this.initiatives = initiatives;
		this.views = views;
		this.cards = cards;
		this.flow = flow;
		this.updates = updates;
		this.relays = relays;
		this.replies = replies;
	}

	@Override
	public String command() {
		return "initiatives";
	}

	@Override
	public int order() {
		return 16;
	}

	@Override
	public boolean needsRegistration() {
		return true;
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		send(incoming, this.views.hub(incoming, incoming.educator().orElseThrow()));
	}

	@Override
	public ButtonType<InitiativeButton> type() {
		return InitiativeButton.TYPE;
	}

	@Override
	public boolean press(Incoming incoming, CallbackQuery query, InitiativeButton button) {
		Optional<Educator> found = incoming.educator().filter(Educator::isRegistered);
		if (found.isEmpty()) {
			return false;
		}
		Educator educator = found.get();
		int messageId = query.getMessage().getMessageId();
		try {
			Optional<View> view = act(incoming, query, educator, button);
			view.ifPresent((shown) -> {
				this.replies.answer(query.getId(), null);
				this.replies.edit(incoming.chat(), messageId, shown.html(), shown.keyboard());
			});
			return true;
		}
		catch (InitiativeNotFound ex) {
			this.replies.answer(query.getId(), this.replies.text(incoming, "initiatives.gone"));
			return true;
		}
	}

	/**
	 * Does what the button says; returns what its message shows now, or empty when the
	 * action answered on its own (new messages, a conversation, a notice).
	 */
	private Optional<View> act(Incoming incoming, CallbackQuery query, Educator educator, InitiativeButton button) {
		long id = button.id();
		switch (button.action()) {
			case HUB:
				return Optional.of(this.views.hub(incoming, educator));
			case NEW:
				answered(query);
				this.flow.create(incoming);
				return Optional.empty();
			case CARD:
				return Optional.of(card(incoming, educator, id));
			case UPDATES:
				answered(query);
				showUpdates(incoming, educator, id, button.page());
				return Optional.empty();
			case POST: {
				Initiative initiative = this.initiatives.own(educator, id);
				answered(query);
				this.updates
					.begin(incoming, UpdateFlow.Step.POST, Map.of("initiative", String.valueOf(id)), this.replies.text(
							incoming, "initiatives.post.ask",
							Map.of("title", Html.escape(initiative.title()), "max", InitiativeManagement.MAX_TEXT)));
				return Optional.empty();
			}
			case EDIT:
				return edit(incoming, query, educator, button);
			case ARCHIVE:
			case UNARCHIVE: {
				boolean archive = button.action() == Action.ARCHIVE;
				this.initiatives.archive(educator, id, archive);
				return Optional.of(card(incoming, educator, id)
					.withTop(text(incoming, archive ? "initiatives.archived" : "initiatives.unarchived")));
			}
			case FOLLOW:
			case UNFOLLOW:
				this.initiatives.follow(educator, id, button.action() == Action.FOLLOW);
				return Optional.of(card(incoming, educator, id));
			case FOLLOWING:
				return Optional.of(this.views.following(incoming, educator));
			case SETTINGS:
				return Optional.of(this.views.settings(incoming, educator));
			case TOGGLE_DIGESTS:
			case TOGGLE_PARTNERS: {
				Preferences now = this.initiatives.preferences(educator);
				this.initiatives.preferences(educator,
						(button.action() == Action.TOGGLE_DIGESTS)
								? new Preferences(!now.digestsInPrivate(), now.partnerSuggestions())
								: new Preferences(now.digestsInPrivate(), !now.partnerSuggestions()));
				return Optional.of(this.views.settings(incoming, educator));
			}
			case FIND:
				return Optional
					.of(member(incoming, educator).orElseGet(() -> this.views.find(incoming, educator, button)));
			case TOPICS:
				return Optional.of(this.views.topics(incoming, button));
			case COUNTRIES:
				return Optional.of(this.views.countries(incoming, button));
			case STAGES:
				return Optional.of(this.views.stages(incoming, button));
			case WORDS:
				answered(query);
				this.updates.search(incoming, button.filter());
				return Optional.empty();
			case USEFUL: {
				boolean marked = this.initiatives.toggleUseful(educator, id);
				this.replies.answer(query.getId(),
						text(incoming, marked ? "initiatives.usefulMarked" : "initiatives.usefulRemoved"));
				this.initiatives.update(educator, id).ifPresent((view) -> {
					View card = this.views.update(incoming, view);
					this.replies.edit(incoming.chat(), query.getMessage().getMessageId(), card.html(), card.keyboard());
				});
				return Optional.empty();
			}
			case REPLY: {
				UpdateView view = visibleUpdate(educator, id);
				answered(query);
				this.updates.begin(incoming, UpdateFlow.Step.REPLY, Map.of("update", String.valueOf(id)), this.replies
					.text(incoming, "initiatives.reply.ask", Map.of("title", Html.escape(view.initiative().title()))));
				return Optional.empty();
			}
			case REPORT: {
				visibleUpdate(educator, id);
				answered(query);
				List<InlineKeyboardButton> reasons = new ArrayList<>();
				for (Reason reason : Reason.values()) {
					reasons.add(this.views.button(incoming, "initiatives.report.reason." + reason.name(),
							InitiativeButton.on(Action.REPORT_REASON, id, reason.ordinal())));
				}
				this.replies.send(incoming.chat(), text(incoming, "initiatives.report.ask"),
						Keyboards.rows(reasons, 1));
				return Optional.empty();
			}
			case REPORT_REASON: {
				Reason reason = Reason.values()[Math.min(button.page(), Reason.values().length - 1)];
				boolean reported = this.initiatives.report(educator, id,
						this.replies.text(org.socialchange.platform.translations.Language.EN,
								"initiatives.report.reason." + reason.name(), Map.of()));
				return Optional.of(new View(
						text(incoming, reported ? "initiatives.reported" : "initiatives.reportedAlready"), null));
			}
			case EDIT_TEXT:
				this.initiatives.ownUpdate(educator, id);
				answered(query);
				this.updates.begin(incoming, UpdateFlow.Step.EDIT_TEXT, Map.of("update", String.valueOf(id)),
						text(incoming, "initiatives.editText.ask"));
				return Optional.empty();
			case DELETE: {
				long initiativeId = this.initiatives.ownUpdate(educator, id).initiativeId();
				return Optional.of(new View(text(incoming, "initiatives.delete.confirm"),
						Keyboards.rows(List.of(
								this.views.button(incoming, "initiatives.button.deleteYes",
										InitiativeButton.on(Action.DELETE_YES, id)),
								this.views.button(incoming, "initiatives.button.deleteNo",
										InitiativeButton.on(Action.CARD, initiativeId))),
								2)));
			}
			case DELETE_YES:
				this.initiatives.deleteUpdate(educator, id);
				return Optional.of(new View(text(incoming, "initiatives.deleted"), null));
			case ANSWER: {
				String title = this.initiatives.received(educator, id)
					.orElseThrow(() -> new InitiativeNotFound("reply", id))
					.initiativeTitle();
				answered(query);
				this.updates.begin(incoming, UpdateFlow.Step.ANSWER, Map.of("reply", String.valueOf(id)),
						this.replies.text(incoming, "initiatives.reply.ask", Map.of("title", Html.escape(title))));
				return Optional.empty();
			}
			case EXCHANGE: {
				Educator peer = this.initiatives.correspondent(educator, id)
					.orElseThrow(() -> new InitiativeNotFound("correspondent", id));
				ContactExchange exchange = this.initiatives.agreeToExchange(educator, id);
				answered(query);
				if (exchange.both()) {
					this.relays.exchanged(educator, peer);
				}
				else {
					this.relays.offer(peer, educator);
					this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.exchange.waiting",
							Map.of("name", Html.escape(peer.displayName().orElse("")))));
				}
				return Optional.empty();
			}
			default:
				return Optional.empty();
		}
	}

	private Optional<View> edit(Incoming incoming, CallbackQuery query, Educator educator, InitiativeButton button) {
		Initiative initiative = this.initiatives.own(educator, button.id());
		InitiativeFlow.Step[] fields = { InitiativeFlow.Step.TITLE, InitiativeFlow.Step.SUMMARY,
				InitiativeFlow.Step.TOPICS, InitiativeFlow.Step.PLACE, InitiativeFlow.Step.STAGE,
				InitiativeFlow.Step.GROUPS, InitiativeFlow.Step.NEEDS };
		if (button.page() > 0 && button.page() <= fields.length) {
			answered(query);
			this.flow.edit(incoming, initiative, fields[button.page() - 1]);
			return Optional.empty();
		}
		List<InlineKeyboardButton> choices = new ArrayList<>();
		for (int i = 0; i < fields.length; i++) {
			if (fields[i] == InitiativeFlow.Step.GROUPS && this.views.groups(educator).isEmpty()) {
				continue;
			}
			choices.add(this.views.button(incoming, "initiatives.edit.field." + fields[i].name(),
					InitiativeButton.on(Action.EDIT, initiative.id(), i + 1)));
		}
		return Optional
			.of(new View(text(incoming, "initiatives.edit.choose"), Keyboards.rows(choices, 2, List.of(this.views
				.button(incoming, "initiatives.button.back", InitiativeButton.on(Action.CARD, initiative.id()))))));
	}

	private View card(Incoming incoming, Educator educator, long id) {
		return this.initiatives.view(educator, id)
			.map((card) -> this.views.card(incoming, card))
			.orElseThrow(() -> new InitiativeNotFound("initiative", id));
	}

	/**
	 * Shows a page of an initiative's updates as new messages, and a button for older
	 * ones.
	 */
	void showUpdates(Incoming incoming, Educator educator, long initiativeId, int page) {
		Initiative initiative = this.initiatives.view(educator, initiativeId)
			.orElseThrow(() -> new InitiativeNotFound("initiative", initiativeId))
			.initiative();
		int offset = page * UPDATES_PER_PAGE;
		List<UpdateView> shown = this.initiatives.updates(educator, initiativeId, offset, UPDATES_PER_PAGE + 1);
		if (shown.isEmpty()) {
			this.replies.send(incoming.chat(), text(incoming, "initiatives.updates.none"));
			return;
		}
		if (page == 0) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.updates.heading",
					Map.of("title", Html.escape(initiative.title()))));
		}
		shown.stream().limit(UPDATES_PER_PAGE).forEach((view) -> this.cards.show(incoming, view));
		if (shown.size() > UPDATES_PER_PAGE) {
			this.replies.send(incoming.chat(), "…", Keyboards.rows(List.of(this.views.button(incoming,
					"initiatives.button.more", InitiativeButton.on(Action.UPDATES, initiativeId, page + 1))), 1));
		}
	}

	private UpdateView visibleUpdate(Educator educator, long id) {
		return this.initiatives.update(educator, id)
			.filter((view) -> !view.mine())
			.orElseThrow(() -> new InitiativeNotFound("update", id));
	}

	/** For a pending educator: the kind word that others' initiatives open later. */
	private Optional<View> member(Incoming incoming, Educator educator) {
		if (educator.isMember()) {
			return Optional.empty();
		}
		return Optional.of(new View(text(incoming, "initiatives.hub.pending"), null));
	}

	private void answered(CallbackQuery query) {
		this.replies.answer(query.getId(), null);
	}

	private String text(Incoming incoming, String key) {
		return this.replies.text(incoming, key);
	}

	private void send(Incoming incoming, View view) {
		this.replies.send(incoming.chat(), view.html(), view.keyboard());
	}

}
