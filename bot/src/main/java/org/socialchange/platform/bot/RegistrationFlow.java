package org.socialchange.platform.bot;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import org.springframework.stereotype.Component;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.FreeText;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.RegistrationStep;
import org.socialchange.platform.educators.Role;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.translations.Language;

/**
 * The registration conversation and profile edits: takes typed answers and button presses
 * for the step the educator is at, stores each at once, and asks the next question.
 */
@Component
class RegistrationFlow implements CallbackHandler {

	static final int MAX_NAME = 64;

	static final int MAX_REGION = 100;

	private final EducatorManagement educators;

	private final RegistrationPrompts prompts;

	private final Replies replies;

	private final Labels labels;

	private final ProfileView profile;

	private final DeepLinks deepLinks;

	private final Clock clock;

	RegistrationFlow(EducatorManagement educators, RegistrationPrompts prompts, Replies replies, Labels labels,
			ProfileView profile, DeepLinks deepLinks, Clock clock) {
		this.clock = clock;
		this.educators = educators;
		this.prompts = prompts;
		this.replies = replies;
		this.labels = labels;
		this.profile = profile;
		this.deepLinks = deepLinks;
	}

	@Override
	public String prefix() {
		return RegistrationPrompts.PREFIX;
	}

	/** A message (not a command) while a step waits for an answer. */
	void onMessage(Incoming incoming, Educator educator, Message message) {
		RegistrationStep step = educator.awaiting().orElseThrow();
		Language language = educator.language();
		boolean textStep = step == RegistrationStep.NAME || step == RegistrationStep.COUNTRY_OTHER
				|| step == RegistrationStep.REGION;
		if (!textStep) {
			this.replies.send(incoming.chatId(), this.replies.text(language, "input.buttonsExpected", Map.of()));
			this.prompts.ask(incoming, educator);
			return;
		}
		if (!message.hasText()) {
			this.replies.send(incoming.chatId(), this.replies.text(language, "input.textExpected", Map.of()));
			return;
		}
		int max = (step == RegistrationStep.REGION) ? MAX_REGION : MAX_NAME;
		FreeText answer;
		try {
			answer = FreeText.of(message.getText(), max);
		}
		catch (FreeText.InvalidText ex) {
			String key = (ex.reason() == FreeText.InvalidText.Reason.EMPTY) ? "input.empty" : "input.tooLong";
			this.replies.send(incoming.chatId(), this.replies.text(language, key, Map.of("max", max)));
			return;
		}
		long user = incoming.from().getId();
		Educator changed = switch (step) {
			case NAME -> this.educators.name(user, answer);
			case COUNTRY_OTHER -> this.educators.countryOther(user, answer);
			default -> this.educators.region(user, answer);
		};
		next(incoming, educator, changed);
	}

	@Override
	public boolean handle(Incoming incoming, CallbackQuery query, String data) {
		Optional<Educator> found = incoming.educator();
		int colon = data.indexOf(':');
		if (found.isEmpty() || colon < 0) {
			return false;
		}
		Educator educator = found.get();
		RegistrationStep step;
		try {
			step = RegistrationStep.valueOf(data.substring(0, colon));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (educator.awaiting().orElse(null) != step && !(step == RegistrationStep.PRIVACY
				&& educator.awaiting().orElse(null) == RegistrationStep.DECLINED)) {
			return false;
		}
		String value = data.substring(colon + 1);
		long user = incoming.from().getId();
		int messageId = query.getMessage().getMessageId();
		try {
			if (RegistrationPrompts.BACK.equals(value)) {
				this.replies.answer(query.getId(), null);
				this.replies.edit(incoming.chatId(), messageId, question(educator), null);
				if (educator.editing()) {
					this.educators.stopEditing(user);
					this.profile.show(incoming, this.educators.find(user).orElseThrow());
				}
				else {
					this.prompts.ask(incoming, this.educators.back(user));
				}
				return true;
			}
			if (step == RegistrationStep.TOPICS && !"done".equals(value)) {
				Educator toggled = this.educators.toggleTopic(user, Topic.valueOf(value));
				this.replies.answer(query.getId(), null);
				this.replies.edit(incoming.chatId(), messageId, question(toggled), this.prompts.topics(toggled));
				return true;
			}
			if (step == RegistrationStep.TOPICS && educator.topics().isEmpty()) {
				this.replies.answer(query.getId(),
						this.replies.text(educator.language(), "registration.topics.noneChosen", Map.of()));
				return true;
			}
			Educator changed = answer(incoming, educator, step, value);
			this.replies.answer(query.getId(), null);
			this.replies
				.edit(incoming.chatId(), messageId,
						question(educator) + "\n\n"
								+ this.replies.text(changed.language(), "registration.answered",
										Map.of("answer", Html.escape(answerLabel(changed, step, value, incoming)))),
						null);
			next(incoming, educator, changed);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private Educator answer(Incoming incoming, Educator educator, RegistrationStep step, String value) {
		long user = incoming.from().getId();
		return switch (step) {
			case PRIVACY, DECLINED -> "yes".equals(value) ? this.educators.consent(user)
					: "no".equals(value) ? this.educators.decline(user) : invalid(value);
			case NAME -> "tg".equals(value) ? this.educators.name(user, FreeText
				.of(RegistrationPrompts.telegramName(incoming).orElseThrow(IllegalArgumentException::new), MAX_NAME))
					: invalid(value);
			case COUNTRY -> this.educators.country(user, Country.valueOf(value));
			case REGION -> "skip".equals(value) ? this.educators.region(user, null) : invalid(value);
			case ROLE -> this.educators.role(user, Role.valueOf(value));
			case TOPICS -> this.educators.topicsDone(user);
			case TIME_ZONE -> {
				if (!RegistrationPrompts.zones(educator.country().orElse(null)).contains(value)) {
					yield invalid(value);
				}
				yield this.educators.timeZone(user, ZoneId.of(value));
			}
			case NETWORK -> this.educators.network(user, Network.valueOf(value));
			default -> invalid(value);
		};
	}

	private static Educator invalid(String value) {
		throw new IllegalArgumentException("Not an answer: " + value);
	}

	/**
	 * After an answer: the next question, the end of registration, or back to the
	 * profile.
	 */
	private void next(Incoming incoming, Educator before, Educator after) {
		if (after.awaiting().isPresent()) {
			if (after.step().orElseThrow() == RegistrationStep.DECLINED) {
				this.replies.send(incoming.chatId(), this.replies.text(after.language(), "privacy.declined", Map.of()));
			}
			else {
				this.prompts.ask(incoming, after);
			}
		}
		else if (before.editing()) {
			this.replies.send(incoming.chatId(), this.replies.text(after.language(), "profile.saved", Map.of()));
			this.profile.show(incoming, after);
		}
		else {
			String done = this.replies.text(after.language(), "registration.done", Map.of()) + " "
					+ this.replies.text(after.language(), "start.community", Map.of("count", this.educators.count()));
			this.replies.send(incoming.chatId(),
					done + "\n\n" + this.profile.summary(after) + "\n\n" + this.profile.menu(after.language()));
			this.educators.takeStartPayload(incoming.from().getId())
				.ifPresent((payload) -> this.deepLinks.open(incoming, after, payload));
		}
	}

	private String question(Educator educator) {
		String key = switch (educator.step().orElse(RegistrationStep.NAME)) {
			case LANGUAGE -> "language.prompt";
			case PRIVACY, DECLINED -> "privacy.notice";
			case NAME -> "registration.name.prompt";
			case COUNTRY -> "registration.country.prompt";
			case COUNTRY_OTHER -> "registration.countryOther.prompt";
			case REGION -> "registration.region.prompt";
			case ROLE -> "registration.role.prompt";
			case TOPICS -> "registration.topics.prompt";
			case TIME_ZONE -> "registration.timeZone.prompt";
			case NETWORK -> "registration.network.prompt";
		};
		return this.replies.text(educator.language(), key, Map.of());
	}

	private String answerLabel(Educator changed, RegistrationStep step, String value, Incoming incoming) {
		Language language = changed.language();
		return switch (step) {
			case PRIVACY, DECLINED ->
				this.replies.text(language, "yes".equals(value) ? "privacy.agree" : "privacy.decline", Map.of());
			case NAME -> changed.displayName().orElse("");
			case COUNTRY -> this.labels.country(language, Country.valueOf(value));
			case REGION -> this.replies.text(language, "registration.region.skip", Map.of());
			case ROLE -> this.labels.of(language, Role.valueOf(value));
			case TOPICS -> this.labels.list(language, List.copyOf(changed.topics()));
			case TIME_ZONE -> this.labels.zone(language, ZoneId.of(value), this.clock.instant());
			case NETWORK -> this.labels.of(language, Network.valueOf(value));
			default -> value;
		};
	}

}
