package org.socialchange.platform.bot.registration;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.text.Collator;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.Html;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.Labels;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.StepButton;
import org.socialchange.platform.bot.registration.Step.Option;
import org.socialchange.platform.bot.registration.Step.TextAnswer;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.FreeText;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.Role;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.translations.Language;

/**
 * The profile questions as one table: registration asks them in order, a profile edit
 * asks one (and what follows from it). Buttons are {@code reg:<QUESTION>:<value>}.
 */
@Component
public class Questionnaire {

	/** The prefix of the question buttons, shared by registration and profile edits. */
	public static final String PREFIX = "reg";

	public static final String DONE = "done";

	static final int MAX_NAME = 64;

	static final int MAX_REGION = 100;

	static final List<String> RUSSIAN_ZONES = List.of("Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara",
			"Asia/Yekaterinburg", "Asia/Omsk", "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk",
			"Asia/Vladivostok", "Asia/Magadan", "Asia/Kamchatka");

	static final List<String> OTHER_ZONES = List.of("Europe/London", "Europe/Berlin", "Europe/Kyiv", "Europe/Istanbul",
			"Europe/Moscow", "Asia/Tbilisi", "Asia/Yerevan", "Asia/Baku", "Asia/Dubai", "Asia/Tashkent",
			"Asia/Dushanbe", "Asia/Almaty", "Asia/Bishkek", "America/New_York");

	private final EducatorManagement educators;

	private final Replies replies;

	private final Labels labels;

	private final Clock clock;

	private final Map<Question, Step> steps = new EnumMap<>(Question.class);

	Questionnaire(EducatorManagement educators, Replies replies, Labels labels, Clock clock) {
		this.educators = educators;
		this.replies = replies;
		this.labels = labels;
		this.clock = clock;
		declare();
	}

	private void declare() {
		add(new Step(Question.LANGUAGE, "language.prompt", (e) -> true, (e) -> true, (in, e) -> List.of(), 1,
				Optional.empty(), (in, e, value) -> Optional.empty(), Optional.empty()));
		add(new Step(Question.PRIVACY, "privacy.notice", (e) -> true, (e) -> e.consentedAt().isPresent(),
				(in, e) -> List.of(option("yes", e, "privacy.agree"), option("no", e, "privacy.decline")), 2,
				Optional.empty(), (in, e, value) -> switch (value) {
					case "yes" -> Optional.of(this.educators.consent(in.user()));
					case "no" -> {
						this.educators.declineConsent(in.user());
						yield Optional.of(e);
					}
					default -> Optional.empty();
				}, Optional.empty()));
		add(new Step(Question.NAME, "registration.name.prompt", (e) -> true, (e) -> e.displayName().isPresent(),
				(in, e) -> telegramName(in)
					.map((name) -> List
						.of(new Option("tg", text(e, "registration.name.useTelegram", Map.of("name", name)))))
					.orElse(List.of()),
				1, Optional.of(new TextAnswer(MAX_NAME, this.educators::name)),
				(in, e, value) -> "tg".equals(value)
						? telegramName(in).map((name) -> this.educators.name(in.user(), FreeText.of(name, MAX_NAME)))
						: Optional.empty(),
				Optional.empty()));
		add(new Step(Question.COUNTRY, "registration.country.prompt", (e) -> true, (e) -> e.country().isPresent(),
				(in, e) -> inReadersOrder(e.language(),
						Arrays.stream(Country.values())
							.filter((country) -> country != Country.OTHER)
							.map((country) -> new Option(country.name(), this.labels.country(e.language(), country)))
							.toList(),
						new Option(Country.OTHER.name(), this.labels.country(e.language(), Country.OTHER))),
				2, Optional.empty(), (in, e, value) -> parse(Country.class, value)
					.map((country) -> this.educators.country(in.user(), country)),
				Optional.empty()));
		add(new Step(Question.COUNTRY_OTHER, "registration.countryOther.prompt",
				(e) -> e.country().orElse(null) == Country.OTHER, (e) -> e.countryOther().isPresent(),
				(in, e) -> List.of(), 1, Optional.of(new TextAnswer(MAX_NAME, this.educators::countryOther)),
				(in, e, value) -> Optional.empty(), Optional.empty()));
		add(new Step(Question.REGION, "registration.region.prompt", (e) -> true,
				(e) -> e.region().isPresent() || e.role().isPresent(),
				(in, e) -> List.of(option("skip", e, "registration.region.skip")), 1,
				Optional.of(new TextAnswer(MAX_REGION, this.educators::region)), (in, e, value) -> "skip".equals(value)
						? Optional.of(this.educators.region(in.user(), null)) : Optional.empty(),
				Optional.empty()));
		add(new Step(Question.ROLE, "registration.role.prompt", (e) -> true, (e) -> e.role().isPresent(),
				(in, e) -> enumOptions(Role.values(), e), 1, Optional.empty(),
				(in, e, value) -> parse(Role.class, value).map((role) -> this.educators.role(in.user(), role)),
				Optional.empty()));
		add(new Step(Question.TOPICS, "registration.topics.prompt", (e) -> true, (e) -> !e.topics().isEmpty(),
				(in, e) -> {
					List<Option> options = new ArrayList<>();
					for (Topic topic : Topic.values()) {
						String mark = e.topics().contains(topic) ? "✅ " : "";
						options.add(new Option(topic.name(), mark + this.labels.of(e.language(), topic)));
					}
					options.add(option(DONE, e, "registration.topics.done"));
					return options;
				}, 1, Optional.empty(),
				(in, e, value) -> DONE.equals(value) && !e.topics().isEmpty() ? Optional.of(e) : Optional.empty(),
				Optional.of((in, e, value) -> parse(Topic.class, value)
					.map((topic) -> this.educators.toggleTopic(in.user(), topic)))));
		add(new Step(Question.TIME_ZONE, "registration.timeZone.prompt", Educator::needsZoneChoice,
				(e) -> e.timeZone().isPresent() && !e.needsZoneChoice(),
				(in, e) -> inReadersOrder(e.language(),
						zones(e.country().orElse(null)).stream()
							.map((zone) -> new Option(zone,
									this.labels.zone(e.language(), ZoneId.of(zone), this.clock.instant())))
							.toList()),
				2, Optional.empty(),
				(in, e, value) -> zones(e.country().orElse(null)).contains(value)
						? Optional.of(this.educators.timeZone(in.user(), ZoneId.of(value))) : Optional.empty(),
				Optional.empty()));
		add(new Step(Question.NETWORK, "registration.network.prompt", (e) -> true, (e) -> e.network().isPresent(),
				(in, e) -> enumOptions(Network.values(), e), 1, Optional.empty(),
				(in, e, value) -> parse(Network.class, value)
					.map((network) -> this.educators.network(in.user(), network)),
				Optional.empty()));
	}

	private void add(Step step) {
		this.steps.put(step.question(), step);
	}

	Step step(Question question) {
		return this.steps.get(question);
	}

	/** Whether the educator is asked the question at all. */
	public boolean applies(Question question, Educator educator) {
		return step(question).applies().test(educator);
	}

	/**
	 * The zones offered for a country: its own, Russia's twelve, or a short world list.
	 */
	static List<String> zones(Country country) {
		if (country == null || country == Country.OTHER) {
			return OTHER_ZONES;
		}
		return country.zone().map((zone) -> List.of(zone.getId())).orElse(RUSSIAN_ZONES);
	}

	/** The next question after this one that the educator is asked, if any. */
	Optional<Question> after(Question question, Educator educator) {
		return Arrays.stream(Question.values())
			.filter((next) -> next.ordinal() > question.ordinal() && step(next).applies().test(educator))
			.findFirst();
	}

	/** The question before this one that the educator was asked, if any. */
	Optional<Question> before(Question question, Educator educator) {
		return Arrays.stream(Question.values())
			.filter((previous) -> previous.ordinal() < question.ordinal()
					&& previous.ordinal() > Question.PRIVACY.ordinal() && step(previous).applies().test(educator))
			.reduce((first, second) -> second);
	}

	/** The first question the educator has not answered yet. */
	Optional<Question> firstUnanswered(Educator educator) {
		return Arrays.stream(Question.values())
			.filter((question) -> step(question).applies().test(educator) && !step(question).answered().test(educator))
			.findFirst();
	}

	/** Sends the question, with its buttons and, when asked, a Back button. */
	void ask(Incoming incoming, Educator educator, Question question, boolean back) {
		InlineKeyboardMarkup keyboard = (question == Question.LANGUAGE) ? LanguageChoice.picker(educator.language())
				: keyboard(incoming, educator, question, back);
		this.replies.send(incoming.chat(), prompt(incoming, educator, question),
				keyboard.getKeyboard().isEmpty() ? null : keyboard);
	}

	/** The question's buttons (a multiple choice redraws them after each toggle). */
	InlineKeyboardMarkup keyboard(Incoming incoming, Educator educator, Question question, boolean back) {
		Step step = step(question);
		List<InlineKeyboardButton> last = back ? List.of(Keyboards.button(text(educator, "registration.back", Map.of()),
				StepButton.back(PREFIX, question.name()))) : List.of();
		return Keyboards.rows(buttons(incoming, educator, step), step.perRow(), last);
	}

	private List<InlineKeyboardButton> buttons(Incoming incoming, Educator educator, Step step) {
		return step.options()
			.apply(incoming, educator)
			.stream()
			.map((option) -> Keyboards.button(option.label(),
					new StepButton(PREFIX, step.question().name(), option.value())))
			.toList();
	}

	/** What a pressed value reads as, for the note left on the answered question. */
	String answerLabel(Incoming incoming, Educator before, Educator after, Question question, String value) {
		return switch (question) {
			case NAME -> after.displayName().orElse("");
			case TOPICS -> this.labels.list(after.language(), List.copyOf(after.topics()));
			default -> step(question).options()
				.apply(incoming, before)
				.stream()
				.filter((option) -> option.value().equals(value))
				.map(Option::label)
				.findFirst()
				.orElse(value);
		};
	}

	/**
	 * The question's text as it was asked, also when its message is redrawn: the privacy
	 * question comes after the greeting, which stays above it once answered.
	 */
	String prompt(Incoming incoming, Educator educator, Question question) {
		String prompt = text(educator, step(question).prompt(), Map.of());
		return (question == Question.PRIVACY)
				? text(educator, "start.greeting", Map.of("name", Html.escape(incoming.firstName()))) + "\n\n" + prompt
				: prompt;
	}

	/** The Telegram first name, if it is usable as a display name. */
	static Optional<String> telegramName(Incoming incoming) {
		try {
			return Optional.of(FreeText.of(incoming.firstName(), MAX_NAME).value());
		}
		catch (FreeText.InvalidText ex) {
			return Optional.empty();
		}
	}

	/**
	 * Options in the reader's alphabetical order (ICU collation), then the given last
	 * ones.
	 */
	private static List<Option> inReadersOrder(Language language, List<Option> options, Option... last) {
		Collator collator = Collator.getInstance(language.locale());
		List<Option> sorted = new ArrayList<>(options);
		sorted.sort((a, b) -> collator.compare(a.label(), b.label()));
		sorted.addAll(List.of(last));
		return sorted;
	}

	private List<Option> enumOptions(Enum<?>[] values, Educator educator) {
		return Arrays.stream(values)
			.map((value) -> new Option(value.name(), this.labels.of(educator.language(), value)))
			.toList();
	}

	private Option option(String value, Educator educator, String key) {
		return new Option(value, text(educator, key, Map.of()));
	}

	private String text(Educator educator, String key, Map<String, ?> arguments) {
		Language language = educator.language();
		return this.replies.text(language, key, arguments);
	}

	private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants()).filter((constant) -> constant.name().equals(value)).findFirst();
	}

}
