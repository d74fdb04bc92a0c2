package org.socialchange.platform.bot;

import java.util.Map;

import org.springframework.stereotype.Component;

import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.RegistrationStep;

/**
 * {@code /start [payload]}: a newcomer starts registering with the language picker, an
 * educator in the middle of registration resumes at their step, a registered one is
 * welcomed back; a deep-link payload is kept through registration.
 */
@Component
class StartCommand implements CommandHandler {

	private final EducatorManagement educators;

	private final RegistrationPrompts prompts;

	private final Replies replies;

	private final ProfileView profile;

	private final DeepLinks deepLinks;

	StartCommand(EducatorManagement educators, RegistrationPrompts prompts, Replies replies, ProfileView profile,
			DeepLinks deepLinks) {
		this.educators = educators;
		this.prompts = prompts;
		this.replies = replies;
		this.profile = profile;
		this.deepLinks = deepLinks;
	}

	@Override
	public String command() {
		return "start";
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		String payload = argument.matches(DeepLinks.PAYLOAD) ? argument : null;
		if (!argument.isEmpty() && payload == null) {
			this.replies.send(incoming.chatId(), this.replies.text(incoming, "deeplink.invalid"));
		}
		boolean wasSuspended = incoming.educator().map(Educator::suspended).orElse(false);
		Educator educator = this.educators.begin(incoming.from().getId(), incoming.chatId(), incoming.language(),
				payload);
		if (educator.step().isEmpty()) {
			if (educator.editing()) {
				educator = this.educators.stopEditing(educator.telegramUserId());
			}
			String welcome = this.replies.text(incoming, "start.welcomeBack", Map.of("name",
					Html.escape(educator.displayName().orElse(incoming.firstName())), "joined", educator.joinedAt()));
			this.replies.send(incoming.chatId(), welcome + "\n\n" + this.profile.menu(educator.language()));
			this.educators.takeStartPayload(educator.telegramUserId())
				.ifPresent((link) -> this.deepLinks.open(incoming,
						this.educators.find(incoming.from().getId()).orElseThrow(), link));
			return;
		}
		boolean underway = educator.step()
			.filter((step) -> step != RegistrationStep.LANGUAGE && step != RegistrationStep.PRIVACY)
			.isPresent();
		if (wasSuspended || underway) {
			this.replies.send(incoming.chatId(),
					this.replies.text(educator.language(), "registration.resume", Map.of()));
		}
		this.prompts.ask(incoming, educator);
	}

}
