package org.socialchange.platform.bot.initiatives;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.socialchange.platform.bot.Html;
import org.socialchange.platform.bot.Labels;
import org.socialchange.platform.delivery.DeliveryManagement;
import org.socialchange.platform.delivery.NewDelivery;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.identity.BotUsername;
import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.initiatives.InitiativeManagement.Relay;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import org.springframework.stereotype.Component;

/**
 * Messages from one educator to another, through the delivery engine: a relayed reply
 * (with a link that opens it in the bot to answer), an offer to exchange contacts, and,
 * once both agreed, each one's Telegram contact to the other. Nothing else of either
 * side's Telegram account is shown.
 */
@Component
class Relays {

	static final String SOURCE = "relay";

	static final String REPLY = "r-";

	static final String OFFER = "x-";

	private final DeliveryManagement deliveries;

	private final Messages messages;

	private final Labels labels;

	private final BotUsername bot;

	private final Clock clock;

	Relays(DeliveryManagement deliveries, Messages messages, Labels labels, BotUsername bot, Clock clock) {
		this.deliveries = deliveries;
		this.messages = messages;
		this.labels = labels;
		this.bot = bot;
		this.clock = clock;
	}

	void relay(Relay relay) {
		Language language = relay.to().language();
		String text = this.messages.format(language, "initiatives.reply.received",
				Map.of("title", Html.escape(relay.initiativeTitle()), "name", name(language, relay), "text",
						Html.escape(relay.reply().text())));
		send(relay.to(), text, this.messages.format(language, "initiatives.reply.open"),
				this.bot.startLink(REPLY + relay.reply().id()).orElse(null), relay.reply().id());
	}

	void offer(Educator to, Educator from) {
		Language language = to.language();
		String text = this.messages.format(language, "initiatives.exchange.offer",
				Map.of("name", Html.escape(from.displayName().orElse(""))));
		send(to, text, this.messages.format(language, "initiatives.button.exchange"),
				this.bot.startLink(OFFER + from.id()).orElse(null), from.id());
	}

	/** Both agreed: each gets the other's Telegram contact. */
	void exchanged(Educator one, Educator other) {
		for (Educator[] pair : new Educator[][] { { one, other }, { other, one } }) {
			String name = Html.escape(pair[1].displayName().orElse(""));
			String link = "<a href=\"tg://user?id=" + pair[1].telegramUserId() + "\">" + name + "</a>";
			send(pair[0], this.messages.format(pair[0].language(), "initiatives.exchange.done",
					Map.of("name", name, "link", link)), null, null, pair[1].id());
		}
	}

	/** The writer's name as the recipient may see it, or where they are from. */
	String name(Language language, Relay relay) {
		return relay.fromName()
			.map(Html::escape)
			.orElseGet(() -> this.messages.format(language, "initiatives.reply.anonymous",
					Map.of("country",
							relay.from()
								.country()
								.map((country) -> this.labels.country(language, country))
								.orElseGet(() -> this.labels.notGiven(language)))));
	}

	private void send(Educator to, String text, String linkText, String link, long sourceId) {
		Instant now = this.clock.instant();
		this.deliveries.enqueue(SOURCE, sourceId, 5,
				List.of(new NewDelivery(EducatorId.of(to.id()), ChatId.of(to.chatId()), text,
						(link != null) ? linkText : null, link, now, now.plus(Duration.ofDays(7)))
					.inHtml()));
	}

}
