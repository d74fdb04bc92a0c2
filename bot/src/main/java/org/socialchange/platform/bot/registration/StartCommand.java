package org.socialchange.platform.bot.registration;

import java.util.Map;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.CommandHandler;
import org.socialchange.platform.bot.CommandsMenu;
import org.socialchange.platform.bot.Conversation;
import org.socialchange.platform.bot.Conversations;
import org.socialchange.platform.bot.DeepLinks;
import org.socialchange.platform.bot.Html;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;

/**
 * {@code /start [payload]}: a newcomer starts registering with the language picker, an
 * educator in the middle of registration resumes at their question, a registered one is
 * welcomed back (leaving whatever they were doing); a deep-link payload is kept through
 * registration.
 */
@Component
class StartCommand implements CommandHandler {

	private final EducatorManagement educators;

	private final Conversations conversations;

	private final RegistrationFlow registration;

	private final Replies replies;

	private final CommandsMenu commands;

	private final DeepLinks deepLinks;

	StartCommand(EducatorManagement educators, Conversations conversations, RegistrationFlow registration,
			Replies replies, CommandsMenu commands, DeepLinks deepLinks) {
		this.educators = educators;
		this.conversations = conversations;
		this.registration = registration;
		this.replies = replies;
		this.commands = commands;
		this.deepLinks = deepLinks;
	}

	@Override
	public String command() {
		return "start";
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		String payload = argument.matches(DeepLinks.PAYLOAD) ? argument : null;
		if (!argument.isEmpty() && payload == null) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "deeplink.invalid"));
		}
		boolean newcomer = incoming.educator().isEmpty();
		Educator educator = this.educators.begin(incoming.user(), incoming.chatId(), incoming.language());
		Incoming now = incoming.with(educator);
		if (educator.isRegistered()) {
			this.conversations.find(incoming.user(), incoming.chatId()).ifPresent(this.conversations::end);
			String welcome = this.replies.text(now, "start.welcomeBack", Map.of("name",
					Html.escape(educator.displayName().orElse(incoming.firstName())), "joined", educator.joinedAt()));
			this.replies.send(incoming.chat(), welcome + "\n\n" + this.commands.help(educator.language()));
			if (payload != null) {
				this.deepLinks.open(now, educator, payload);
			}
			return;
		}
		Conversation conversation = this.registration.keep(this.registration.conversation(now, educator, newcomer),
				payload);
		if (conversation.suspended() || RegistrationFlow.underway(conversation)) {
			this.replies.send(incoming.chat(), this.replies.text(now, "registration.resume"));
		}
		this.registration.resume(now, conversation, educator);
	}

}
