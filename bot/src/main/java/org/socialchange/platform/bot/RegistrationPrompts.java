package org.socialchange.platform.bot;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import org.springframework.stereotype.Component;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.FreeText;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.RegistrationStep;
import org.socialchange.platform.educators.Role;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.translations.Language;

/**
 * The question of each registration step, with its buttons; callback data is
 * {@code reg:<STEP>:<value>}, so a button of an earlier step is recognised as stale.
 */
@Component
class RegistrationPrompts {

	static final String PREFIX = "reg";

	static final String BACK = "back";

	static final List<String> RUSSIAN_ZONES = List.of("Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara",
			"Asia/Yekaterinburg", "Asia/Omsk", "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk",
			"Asia/Vladivostok", "Asia/Magadan", "Asia/Kamchatka");

	static final List<String> OTHER_ZONES = List.of("Europe/London", "Europe/Berlin", "Europe/Kyiv", "Europe/Istanbul",
			"Europe/Moscow", "Asia/Tbilisi", "Asia/Yerevan", "Asia/Baku", "Asia/Dubai", "Asia/Tashkent",
			"Asia/Dushanbe", "Asia/Almaty", "Asia/Bishkek", "America/New_York");

	private final Replies replies;

	private final Labels labels;

	private final Clock clock;

	RegistrationPrompts(Replies replies, Labels labels, Clock clock) {
		this.replies = replies;
		this.labels = labels;
		this.clock = clock;
	}

	/**
	 * The zones offered for a country: its own, Russia's eleven, or a short world list.
	 */
	static List<String> zones(Country country) {
		if (country == null || country == Country.OTHER) {
			return OTHER_ZONES;
		}
		return country.zone().map((zone) -> List.of(zone.getId())).orElse(RUSSIAN_ZONES);
	}

	/** Sends the question of the step the educator is at. */
	void ask(Incoming incoming, Educator educator) {
		RegistrationStep step = educator.step().orElseThrow();
		Language language = educator.language();
		switch (step) {
			case LANGUAGE -> send(incoming, language, "language.prompt", Keyboards.languagePicker(language));
			case PRIVACY, DECLINED -> {
				String greeting = text(language, "start.greeting", Map.of("name", Html.escape(incoming.firstName())));
				this.replies.send(incoming.chatId(), greeting + "\n\n" + text(language, "privacy.notice", Map.of()),
						Keyboards.rows(List.of(button(language, "privacy.agree", step, "yes"),
								button(language, "privacy.decline", step, "no")), 2));
			}
			case NAME -> {
				List<InlineKeyboardButton> buttons = new ArrayList<>();
				telegramName(incoming).ifPresent((name) -> buttons.add(Keyboards.button(
						text(language, "registration.name.useTelegram", Map.of("name", name)), PREFIX, step + ":tg")));
				send(incoming, language, "registration.name.prompt", withBack(language, educator, buttons, 1));
			}
			case COUNTRY -> {
				List<InlineKeyboardButton> buttons = new ArrayList<>();
				for (Country country : Country.values()) {
					buttons.add(Keyboards.button(this.labels.country(language, country), PREFIX, step + ":" + country));
				}
				send(incoming, language, "registration.country.prompt", withBack(language, educator, buttons, 2));
			}
			case COUNTRY_OTHER -> send(incoming, language, "registration.countryOther.prompt",
					withBack(language, educator, new ArrayList<>(), 1));
			case REGION -> send(incoming, language, "registration.region.prompt", withBack(language, educator,
					new ArrayList<>(List.of(button(language, "registration.region.skip", step, "skip"))), 1));
			case ROLE -> {
				List<InlineKeyboardButton> buttons = new ArrayList<>();
				for (Role role : Role.values()) {
					buttons.add(Keyboards.button(this.labels.of(language, role), PREFIX, step + ":" + role));
				}
				send(incoming, language, "registration.role.prompt", withBack(language, educator, buttons, 2));
			}
			case TOPICS -> send(incoming, language, "registration.topics.prompt", topics(educator));
			case TIME_ZONE -> {
				List<InlineKeyboardButton> buttons = new ArrayList<>();
				for (String zone : zones(educator.country().orElse(null))) {
					buttons.add(Keyboards.button(this.labels.zone(language, ZoneId.of(zone), this.clock.instant()),
							PREFIX, step + ":" + zone));
				}
				send(incoming, language, "registration.timeZone.prompt", withBack(language, educator, buttons, 2));
			}
			case NETWORK -> {
				List<InlineKeyboardButton> buttons = new ArrayList<>();
				for (Network network : Network.values()) {
					buttons.add(Keyboards.button(this.labels.of(language, network), PREFIX, step + ":" + network));
				}
				send(incoming, language, "registration.network.prompt", withBack(language, educator, buttons, 1));
			}
		}
	}

	/** The topics keyboard, chosen ones checked, redrawn in place on every press. */
	InlineKeyboardMarkup topics(Educator educator) {
		Language language = educator.language();
		List<InlineKeyboardButton> buttons = new ArrayList<>();
		for (Topic topic : Topic.values()) {
			String mark = educator.topics().contains(topic) ? "✅ " : "";
			buttons.add(Keyboards.button(mark + this.labels.of(language, topic), PREFIX,
					RegistrationStep.TOPICS + ":" + topic));
		}
		buttons.add(button(language, "registration.topics.done", RegistrationStep.TOPICS, "done"));
		return withBack(language, educator, buttons, 1);
	}

	/** The Telegram first name, if it is usable as a display name. */
	static Optional<String> telegramName(Incoming incoming) {
		try {
			return Optional.of(FreeText.of(incoming.firstName(), 64).value());
		}
		catch (FreeText.InvalidText ex) {
			return Optional.empty();
		}
	}

	private InlineKeyboardMarkup withBack(Language language, Educator educator, List<InlineKeyboardButton> buttons,
			int perRow) {
		List<InlineKeyboardRow> rows = new ArrayList<>(Keyboards.rows(buttons, perRow).getKeyboard());
		boolean first = educator.step().orElseThrow() == RegistrationStep.NAME && !educator.editing();
		if (!first) {
			rows.add(new InlineKeyboardRow(
					List.of(button(language, "registration.back", educator.step().orElseThrow(), BACK))));
		}
		return InlineKeyboardMarkup.builder().keyboard(rows).build();
	}

	private InlineKeyboardButton button(Language language, String key, RegistrationStep step, String value) {
		return Keyboards.button(text(language, key, Map.of()), PREFIX, step + ":" + value);
	}

	private void send(Incoming incoming, Language language, String key, InlineKeyboardMarkup keyboard) {
		this.replies.send(incoming.chatId(), text(language, key, Map.of()),
				(keyboard.getKeyboard().isEmpty()) ? null : keyboard);
	}

	private String text(Language language, String key, Map<String, ?> arguments) {
		return this.replies.text(language, key, arguments);
	}

}
