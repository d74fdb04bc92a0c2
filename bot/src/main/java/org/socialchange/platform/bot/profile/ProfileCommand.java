package org.socialchange.platform.bot.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.ButtonHandler;
import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.bot.CommandHandler;
import org.socialchange.platform.bot.Conversations;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.Labels;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.registration.LanguageChoice;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.Visibility;

/**
 * {@code /profile}: shows the profile; its buttons edit a field with the same question as
 * in registration, choose the visibility, or change the language.
 */
@Component
class ProfileCommand implements CommandHandler, ButtonHandler<ProfileField> {

	private final ProfileView profile;

	private final ProfileEditFlow edit;

	private final Conversations conversations;

	private final Replies replies;

	private final Labels labels;

	ProfileCommand(ProfileView profile, ProfileEditFlow edit, Conversations conversations, Replies replies,
			Labels labels) {
		this.profile = profile;
		this.edit = edit;
		this.conversations = conversations;
		this.replies = replies;
		this.labels = labels;
	}

	@Override
	public String command() {
		return "profile";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public boolean needsRegistration() {
		return true;
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		this.conversations.active(incoming.user(), incoming.chatId())
			.filter((conversation) -> conversation.isOf(ProfileEditFlow.NAME))
			.ifPresent(this.conversations::end);
		this.profile.show(incoming, incoming.educator().orElseThrow());
	}

	@Override
	public ButtonType<ProfileField> type() {
		return ProfileField.TYPE;
	}

	@Override
	public boolean press(Incoming incoming, CallbackQuery query, ProfileField pressed) {
		Educator educator = incoming.educator().filter(Educator::isRegistered).orElse(null);
		if (educator == null) {
			return false;
		}
		this.replies.answer(query.getId(), null);
		switch (pressed.field()) {
			case LANGUAGE -> this.replies.send(incoming.chat(), this.replies.text(incoming, "language.prompt"),
					LanguageChoice.picker(educator.language()));
			case VISIBILITY -> {
				List<InlineKeyboardButton> buttons = new ArrayList<>();
				for (Visibility visibility : Visibility.values()) {
					String mark = (visibility == educator.visibility()) ? "✅ " : "";
					buttons.add(Keyboards.button(mark + this.labels.of(educator.language(), visibility),
							new VisibilityChoice(visibility)));
				}
				this.replies.send(incoming.chat(), this.replies.text(incoming, "profile.visibility.prompt"),
						Keyboards.rows(buttons, 1));
			}
			default -> this.edit.begin(incoming, educator, pressed.field().question().orElseThrow());
		}
		return true;
	}

	/** The choice of who sees the educator's name, region and initiatives. */
	@Component
	static class VisibilityHandler implements ButtonHandler<VisibilityChoice> {

		private final EducatorManagement educators;

		private final ProfileView profile;

		private final Replies replies;

		private final Labels labels;

		VisibilityHandler(EducatorManagement educators, ProfileView profile, Replies replies, Labels labels) {
			this.educators = educators;
			this.profile = profile;
			this.replies = replies;
			this.labels = labels;
		}

		@Override
		public ButtonType<VisibilityChoice> type() {
			return VisibilityChoice.TYPE;
		}

		@Override
		public boolean press(Incoming incoming, CallbackQuery query, VisibilityChoice choice) {
			if (!incoming.registered()) {
				return false;
			}
			Educator educator = this.educators.visibility(incoming.user(), choice.visibility());
			Incoming now = incoming.with(educator);
			this.replies.answer(query.getId(), this.replies.text(now, "profile.saved"));
			this.replies
				.edit(incoming.chat(), query.getMessage().getMessageId(),
						this.replies.text(now, "profile.visibility.prompt") + "\n\n"
								+ this.replies.text(now, "registration.answered",
										Map.of("answer", this.labels.of(educator.language(), choice.visibility()))),
						null);
			this.profile.show(incoming, educator);
			return true;
		}

	}

}
