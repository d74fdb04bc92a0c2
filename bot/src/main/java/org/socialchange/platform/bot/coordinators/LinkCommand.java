package org.socialchange.platform.bot.coordinators;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.CommandHandler;
import org.socialchange.platform.bot.Html;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.TelegramLink;

/**
 * {@code /link <code>}: a coordinator links this Telegram account to their admin account
 * with the one-time code its account page shows; broadcast tests then come here. Kept out
 * of the menu (educators never need it), works before any registration and stores nothing
 * about an educator; attempts are throttled.
 */
@Component
class LinkCommand implements CommandHandler {

	private final CoordinatorManagement coordinators;

	private final LinkAttempts attempts;

	private final Replies replies;

	LinkCommand(CoordinatorManagement coordinators, LinkAttempts attempts, Replies replies) {
		this.coordinators = coordinators;
		this.attempts = attempts;
		this.replies = replies;
	}

	@Override
	public String command() {
		return "link";
	}

	@Override
	public int order() {
		return -1;
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		if (argument.isBlank()) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "coordinator.link.usage"));
			return;
		}
		if (!this.attempts.tryAttempt(incoming.user())) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "coordinator.link.throttled"));
			return;
		}
		String name = (incoming.from().getUserName() != null) ? "@" + incoming.from().getUserName()
				: incoming.firstName();
		Optional<String> linked = this.coordinators.linkTelegram(argument,
				new TelegramLink(incoming.user().value(), incoming.chatId().value(), name, null));
		this.replies.send(incoming.chat(), linked
			.map((email) -> this.replies.text(incoming, "coordinator.link.done", Map.of("account", Html.escape(email))))
			.orElseGet(() -> this.replies.text(incoming, "coordinator.link.invalid")));
	}

}
