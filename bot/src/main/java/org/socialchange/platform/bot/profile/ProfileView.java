package org.socialchange.platform.bot.profile;

import java.util.Arrays;
import java.util.List;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.registration.ProfileSummary;
import org.socialchange.platform.educators.Educator;

/** The educator's profile as the bot shows it, with a button to edit each field. */
@Component
class ProfileView {

	private final Replies replies;

	private final ProfileSummary summary;

	ProfileView(Replies replies, ProfileSummary summary) {
		this.replies = replies;
		this.summary = summary;
	}

	void show(Incoming incoming, Educator educator) {
		Incoming now = incoming.with(educator);
		List<InlineKeyboardButton> buttons = Arrays.stream(ProfileField.Field.values())
			.map((field) -> Keyboards.button(this.replies.text(now, "profile.field." + field.name()),
					new ProfileField(field)))
			.toList();
		this.replies.send(incoming.chat(), this.summary.of(educator) + "\n\n" + this.replies.text(now, "profile.edit"),
				Keyboards.rows(buttons, 2));
	}

}
