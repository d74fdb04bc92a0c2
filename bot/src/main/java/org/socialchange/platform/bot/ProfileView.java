package org.socialchange.platform.bot;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

import org.springframework.stereotype.Component;

import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.translations.Language;

/**
 * The educator's profile as the bot shows it, with a button to edit each field
 * ({@code prof:<FIELD>}).
 */
@Component
class ProfileView {

	static final String PREFIX = "prof";

	static final List<String> FIELDS = List.of("NAME", "COUNTRY", "REGION", "ROLE", "TOPICS", "TIME_ZONE", "NETWORK",
			"VISIBILITY", "LANGUAGE");

	private final Replies replies;

	private final Labels labels;

	private final CommandsMenu commands;

	private final Clock clock;

	ProfileView(Replies replies, Labels labels, CommandsMenu commands, Clock clock) {
		this.replies = replies;
		this.labels = labels;
		this.commands = commands;
		this.clock = clock;
	}

	void show(Incoming incoming, Educator educator) {
		Language language = educator.language();
		List<InlineKeyboardButton> buttons = new ArrayList<>();
		for (String field : FIELDS) {
			buttons
				.add(Keyboards.button(this.replies.text(language, "profile.field." + field, Map.of()), PREFIX, field));
		}
		InlineKeyboardMarkup keyboard = Keyboards.rows(buttons, 3);
		this.replies.send(incoming.chatId(),
				summary(educator) + "\n\n" + this.replies.text(language, "profile.edit", Map.of()), keyboard);
	}

	/** Every profile field, user text escaped. */
	String summary(Educator educator) {
		Language language = educator.language();
		String notGiven = this.labels.notGiven(language);
		Map<String, Object> fields = Map.of("name", Html.escape(educator.displayName().orElse(notGiven)), "country",
				Html.escape(this.labels.country(language, educator)), "region",
				Html.escape(educator.region().orElse(notGiven)), "role",
				educator.role().map((role) -> this.labels.of(language, role)).orElse(notGiven), "topics",
				this.labels.list(language, List.copyOf(educator.topics())), "timeZone",
				educator.timeZone()
					.map((zone) -> this.labels.zone(language, zone, this.clock.instant()))
					.orElse(notGiven),
				"network", educator.network().map((network) -> this.labels.of(language, network)).orElse(notGiven),
				"language", language.nativeName(), "visibility", this.labels.of(language, educator.visibility()));
		return this.replies.text(language, "profile.summary", fields);
	}

	/** The main menu: what the bot can do. */
	String menu(Language language) {
		return this.commands.help(language);
	}

}
