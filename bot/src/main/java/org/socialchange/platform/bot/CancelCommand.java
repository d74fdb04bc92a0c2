package org.socialchange.platform.bot;

import org.springframework.stereotype.Component;

import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;

/**
 * {@code /cancel}: leaves the registration step (answers kept, {@code /start} resumes) or
 * the profile edit (nothing changed).
 */
@Component
class CancelCommand implements CommandHandler {

	private final EducatorManagement educators;

	private final Replies replies;

	private final ProfileView profile;

	private final CommandsMenu commands;

	CancelCommand(EducatorManagement educators, Replies replies, ProfileView profile, CommandsMenu commands) {
		this.educators = educators;
		this.replies = replies;
		this.profile = profile;
		this.commands = commands;
	}

	@Override
	public String command() {
		return "cancel";
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		Educator educator = incoming.educator().filter((e) -> e.awaiting().isPresent()).orElse(null);
		if (educator == null) {
			this.replies.send(incoming.chatId(), this.commands.help(incoming.language()));
			return;
		}
		Educator after = this.educators.suspend(educator.telegramUserId());
		if (educator.editing()) {
			this.profile.show(incoming, after);
		}
		else {
			this.replies.send(incoming.chatId(), this.replies.text(incoming, "registration.cancelled"));
		}
	}

}
