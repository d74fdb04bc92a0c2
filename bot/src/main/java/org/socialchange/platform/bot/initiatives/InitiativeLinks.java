package org.socialchange.platform.bot.initiatives;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

import org.socialchange.platform.bot.DeepLinkHandler;
import org.socialchange.platform.bot.Html;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.initiatives.InitiativeButton.Action;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.initiatives.InitiativeManagement;
import org.socialchange.platform.initiatives.InitiativeManagement.Relay;
import org.socialchange.platform.initiatives.UpdateLinks;

import org.springframework.stereotype.Component;

/**
 * The deep links of digests, notices and relayed messages: an update ({@code u-}), an
 * initiative ({@code i-}), a message written to the educator ({@code r-}) and a
 * colleague's offer to exchange contacts ({@code x-}). What the educator may not see (any
 * more) is said to be unavailable.
 */
@Component
class InitiativeLinks implements DeepLinkHandler {

	private final InitiativeManagement initiatives;

	private final InitiativeViews views;

	private final UpdateCards cards;

	private final Relays relays;

	private final Replies replies;

	InitiativeLinks(InitiativeManagement initiatives, InitiativeViews views, UpdateCards cards, Relays relays,
			Replies replies) {
		this.initiatives = initiatives;
		this.views = views;
		this.cards = cards;
		this.relays = relays;
		this.replies = replies;
	}

	@Override
	public boolean open(Incoming incoming, Educator educator, String payload) {
		Optional<Long> update = UpdateLinks.id(payload, UpdateLinks.UPDATE);
		if (update.isPresent()) {
			this.initiatives.update(educator, update.get())
				.ifPresentOrElse((view) -> this.cards.show(incoming, view),
						() -> gone(incoming, "initiatives.updateGone"));
			return true;
		}
		Optional<Long> initiative = UpdateLinks.id(payload, UpdateLinks.INITIATIVE);
		if (initiative.isPresent()) {
			this.initiatives.view(educator, initiative.get()).ifPresentOrElse((card) -> {
				View view = this.views.card(incoming, card);
				this.replies.send(incoming.chat(), view.html(), view.keyboard());
			}, () -> gone(incoming, "initiatives.gone"));
			return true;
		}
		Optional<Long> reply = UpdateLinks.id(payload, Relays.REPLY);
		if (reply.isPresent()) {
			this.initiatives.received(educator, reply.get())
				.ifPresentOrElse((relay) -> showReply(incoming, relay), () -> gone(incoming, "initiatives.updateGone"));
			return true;
		}
		Optional<Long> offer = UpdateLinks.id(payload, Relays.OFFER);
		if (offer.isPresent()) {
			this.initiatives.correspondent(educator, offer.get()).ifPresentOrElse((peer) -> {
				this.replies.send(incoming.chat(),
						this.replies.text(incoming, "initiatives.exchange.offer",
								Map.of("name", Html.escape(peer.displayName().orElse("")))),
						Keyboards.rows(List.of(this.views.button(incoming, "initiatives.button.exchange",
								InitiativeButton.on(Action.EXCHANGE, peer.id()))), 1));
			}, () -> gone(incoming, "initiatives.updateGone"));
			return true;
		}
		return false;
	}

	private void showReply(Incoming incoming, Relay relay) {
		String html = this.replies.text(incoming, "initiatives.reply.card",
				Map.of("name", this.relays.name(incoming.language(), relay), "title",
						Html.escape(relay.initiativeTitle()), "text", Html.escape(relay.reply().text())));
		List<InlineKeyboardButton> buttons = List.of(
				this.views.button(incoming, "initiatives.button.answer",
						InitiativeButton.on(Action.ANSWER, relay.reply().id())),
				this.views.button(incoming, "initiatives.button.exchange",
						InitiativeButton.on(Action.EXCHANGE, relay.from().id())));
		this.replies.send(incoming.chat(), html, Keyboards.rows(buttons, 1));
	}

	private void gone(Incoming incoming, String key) {
		this.replies.send(incoming.chat(), this.replies.text(incoming, key));
	}

}
