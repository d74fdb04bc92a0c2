package org.socialchange.platform.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

import org.springframework.stereotype.Component;

import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.RegistrationStep;
import org.socialchange.platform.educators.Visibility;

/**
 * {@code /profile}: shows the profile; its buttons edit a field with the same step as in
 * registration, choose the visibility, or change the language.
 */
@Component
class ProfileCommand implements CommandHandler, CallbackHandler {

	private final EducatorManagement educators;

	private final ProfileView profile;

	private final RegistrationPrompts prompts;

	private final Replies replies;

	private final Labels labels;

	ProfileCommand(EducatorManagement educators, ProfileView profile, RegistrationPrompts prompts, Replies replies,
			Labels labels) {
		this.educators = educators;
		this.profile = profile;
		this.prompts = prompts;
		this.replies = replies;
		this.labels = labels;
	}

	@Override
	public String command() {
		return "profile";
	}

	@Override
	public String prefix() {
		return ProfileView.PREFIX;
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		incoming.educator().filter(Educator::isRegistered).ifPresentOrElse((educator) -> {
			Educator current = educator.editing() ? this.educators.stopEditing(educator.telegramUserId()) : educator;
			this.profile.show(incoming, current);
		}, () -> this.replies.send(incoming.chatId(), this.replies.text(incoming, "profile.notRegistered")));
	}

	@Override
	public boolean handle(Incoming incoming, CallbackQuery query, String field) {
		Educator educator = incoming.educator().filter(Educator::isRegistered).orElse(null);
		if (educator == null || !ProfileView.FIELDS.contains(field)) {
			return false;
		}
		this.replies.answer(query.getId(), null);
		switch (field) {
			case "LANGUAGE" -> this.replies.send(incoming.chatId(), this.replies.text(incoming, "language.prompt"),
					Keyboards.languagePicker(educator.language()));
			case "VISIBILITY" -> {
				List<InlineKeyboardButton> buttons = new ArrayList<>();
				for (Visibility visibility : Visibility.values()) {
					String mark = (visibility == educator.visibility()) ? "✅ " : "";
					buttons.add(Keyboards.button(mark + this.labels.of(educator.language(), visibility),
							VisibilityCallback.PREFIX, visibility.name()));
				}
				this.replies.send(incoming.chatId(), this.replies.text(incoming, "profile.visibility.prompt"),
						Keyboards.rows(buttons, 1));
			}
			default -> this.prompts.ask(incoming,
					this.educators.edit(educator.telegramUserId(), RegistrationStep.valueOf(field)));
		}
		return true;
	}

	/** The choice of who sees the educator's name, region and initiatives. */
	@Component
	static class VisibilityCallback implements CallbackHandler {

		static final String PREFIX = "vis";

		private final EducatorManagement educators;

		private final ProfileView profile;

		private final Replies replies;

		private final Labels labels;

		VisibilityCallback(EducatorManagement educators, ProfileView profile, Replies replies, Labels labels) {
			this.educators = educators;
			this.profile = profile;
			this.replies = replies;
			this.labels = labels;
		}

		@Override
		public String prefix() {
			return PREFIX;
		}

		@Override
		public boolean handle(Incoming incoming, CallbackQuery query, String value) {
			if (incoming.educator().filter(Educator::isRegistered).isEmpty()) {
				return false;
			}
			Visibility visibility;
			try {
				visibility = Visibility.valueOf(value);
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
			Educator educator = this.educators.visibility(incoming.from().getId(), visibility);
			this.replies.answer(query.getId(), this.replies.text(educator.language(), "profile.saved", Map.of()));
			this.replies.edit(incoming.chatId(), query.getMessage().getMessageId(),
					this.replies.text(educator.language(), "profile.visibility.prompt", Map.of()) + "\n\n"
							+ this.replies.text(educator.language(), "registration.answered",
									Map.of("answer", this.labels.of(educator.language(), visibility))),
					null);
			this.profile.show(incoming, educator);
			return true;
		}

	}

}
