package org.socialchange.platform.bot.initiatives;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

import org.socialchange.platform.bot.Conversation;
import org.socialchange.platform.bot.Conversations;
import org.socialchange.platform.bot.Flow;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.Labels;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.StepButton;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.FreeText;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.initiatives.Initiative;
import org.socialchange.platform.initiatives.InitiativeDraft;
import org.socialchange.platform.initiatives.InitiativeManagement;
import org.socialchange.platform.initiatives.InitiativeNotFound;
import org.socialchange.platform.initiatives.Need;
import org.socialchange.platform.initiatives.PostText;
import org.socialchange.platform.initiatives.Stage;

import org.springframework.stereotype.Component;

/**
 * Creating an initiative in a short conversation (title, description, topics, place,
 * stage, peer groups, what it looks for), or changing one field of it. Typed answers are
 * checked and kept in the conversation; nothing is saved before the last step. Back goes
 * one step back; {@code /cancel} drops the draft.
 */
@Component
class InitiativeFlow implements Flow {

	static final String NAME = "initiative";

	static final String PREFIX = "ini";

	static final Duration LIFETIME = Duration.ofDays(2);

	static final String DONE = "done";

	static final String MINE = "mine";

	static final String OTHER = "other";

	/** The steps, in order; a field of an existing initiative is one of them. */
	enum Step {

		TITLE, SUMMARY, TOPICS, PLACE, PLACE_TEXT, STAGE, GROUPS, NEEDS;

		static Optional<Step> named(String name) {
			return Arrays.stream(values()).filter((step) -> step.name().equals(name)).findFirst();
		}

	}

	private final InitiativeManagement initiatives;

	private final Conversations conversations;

	private final Replies replies;

	private final Labels labels;

	private final InitiativeViews views;

	InitiativeFlow(InitiativeManagement initiatives, Conversations conversations, Replies replies, Labels labels,
			InitiativeViews views) {
		this.initiatives = initiatives;
		this.conversations = conversations;
		this.replies = replies;
		this.labels = labels;
		this.views = views;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String buttonPrefix() {
		return PREFIX;
	}

	void create(Incoming incoming) {
		Conversation conversation = this.conversations.start(incoming.user(), incoming.chatId(), NAME,
				Step.TITLE.name(), Map.of(), LIFETIME);
		ask(incoming, conversation);
	}

	/** Changes one field of an initiative of the educator's. */
	void edit(Incoming incoming, Initiative initiative, Step field) {
		Map<String, String> state = new HashMap<>();
		state.put("id", String.valueOf(initiative.id()));
		state.put("field", field.name());
		state.put("title", initiative.title());
		state.put("summary", initiative.summary());
		state.put("topics", join(initiative.topics()));
		initiative.place().ifPresent((place) -> state.put("place", place));
		state.put("stage", initiative.stage().name());
		state.put("groups", initiative.groupIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
		state.put("needs", join(initiative.needs()));
		ask(incoming,
				this.conversations.start(incoming.user(), incoming.chatId(), NAME, field.name(), state, LIFETIME));
	}

	// asking

	private void ask(Incoming incoming, Conversation conversation) {
		Step step = Step.named(conversation.step()).orElseThrow();
		this.replies.send(incoming.chat(), prompt(incoming, step), keyboard(incoming, conversation, step));
	}

	private String prompt(Incoming incoming, Step step) {
		return switch (step) {
			case TITLE ->
				this.replies.text(incoming, "initiatives.new.title", Map.of("max", InitiativeDraft.MAX_TITLE));
			case SUMMARY ->
				this.replies.text(incoming, "initiatives.new.summary", Map.of("max", InitiativeDraft.MAX_SUMMARY));
			case TOPICS -> this.replies.text(incoming, "initiatives.new.topics");
			case PLACE -> this.replies.text(incoming, "initiatives.new.place");
			case PLACE_TEXT ->
				this.replies.text(incoming, "initiatives.new.placeAsk", Map.of("max", InitiativeDraft.MAX_PLACE));
			case STAGE -> this.replies.text(incoming, "initiatives.new.stage");
			case GROUPS -> this.replies.text(incoming, "initiatives.new.groups");
			case NEEDS -> this.replies.text(incoming, "initiatives.new.needs");
		};
	}

	private InlineKeyboardMarkup keyboard(Incoming incoming, Conversation conversation, Step step) {
		String at = step.name();
		List<InlineKeyboardButton> buttons = new ArrayList<>();
		switch (step) {
			case TOPICS -> {
				Set<String> chosen = set(conversation, "topics");
				for (Topic topic : Topic.values()) {
					buttons.add(toggle(this.labels.of(incoming.language(), topic), chosen.contains(topic.name()), at,
							topic.name()));
				}
			}
			case PLACE -> {
				Educator educator = incoming.educator().orElseThrow();
				educator.region()
					.ifPresent((region) -> buttons.add(Keyboards.button(
							this.replies.text(incoming, "initiatives.new.placeMine", Map.of("region", region)),
							step(at, MINE))));
				buttons
					.add(Keyboards.button(this.replies.text(incoming, "initiatives.new.placeType"), step(at, OTHER)));
			}
			case STAGE -> {
				for (Stage stage : Stage.values()) {
					buttons.add(Keyboards.button(this.labels.of(incoming.language(), stage), step(at, stage.name())));
				}
			}
			case GROUPS -> {
				Set<String> chosen = set(conversation, "groups");
				for (PeerGroup group : this.views.groups(incoming.educator().orElseThrow())) {
					buttons.add(toggle(group.name(incoming.language()), chosen.contains(String.valueOf(group.id())), at,
							String.valueOf(group.id())));
				}
			}
			case NEEDS -> {
				Set<String> chosen = set(conversation, "needs");
				for (Need need : Need.values()) {
					buttons.add(toggle(this.labels.of(incoming.language(), need), chosen.contains(need.name()), at,
							need.name()));
				}
			}
			default -> {
			}
		}
		List<InlineKeyboardButton> last = new ArrayList<>();
		if (step == Step.TOPICS || step == Step.GROUPS || step == Step.NEEDS) {
			last.add(Keyboards.button(this.replies.text(incoming, "initiatives.button.done"), step(at, DONE)));
		}
		last.add(Keyboards.button(this.replies.text(incoming, "initiatives.button.back"), StepButton.back(PREFIX, at)));
		return Keyboards.rows(buttons, (step == Step.PLACE) ? 1 : 2, last);
	}

	private static InlineKeyboardButton toggle(String label, boolean on, String step, String value) {
		return Keyboards.button((on ? "✅ " : "") + label, step(step, value));
	}

	private static StepButton step(String step, String value) {
		return new StepButton(PREFIX, step, value);
	}

	// answers

	@Override
	public void onMessage(Incoming incoming, Conversation conversation, Message message) {
		Optional<Step> step = Step.named(conversation.step());
		if (step.isEmpty() || incoming.educator().isEmpty()) {
			this.conversations.end(conversation);
			return;
		}
		int max = switch (step.get()) {
			case TITLE -> InitiativeDraft.MAX_TITLE;
			case SUMMARY -> InitiativeDraft.MAX_SUMMARY;
			case PLACE_TEXT -> InitiativeDraft.MAX_PLACE;
			default -> 0;
		};
		if (max == 0) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "input.buttonsExpected"));
			ask(incoming, conversation);
			return;
		}
		if (!message.hasText()) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.textExpected"));
			return;
		}
		String answer;
		try {
			answer = (step.get() == Step.SUMMARY) ? PostText.of(message.getText(), max)
					: FreeText.of(message.getText(), max).value();
		}
		catch (FreeText.InvalidText ex) {
			if (ex.reason() == FreeText.InvalidText.Reason.EMPTY) {
				this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.empty"));
			}
			else {
				this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.tooLong",
						Map.of("length", message.getText().codePointCount(0, message.getText().length()), "max", max)));
			}
			return;
		}
		String key = switch (step.get()) {
			case TITLE -> "title";
			case SUMMARY -> "summary";
			default -> "place";
		};
		next(incoming, conversation.with(key, answer), step.get());
	}

	@Override
	public boolean onButton(Incoming incoming, Conversation conversation, CallbackQuery query, StepButton button) {
		Optional<Step> step = Step.named(conversation.step());
		if (step.isEmpty() || incoming.educator().isEmpty()) {
			return false;
		}
		int messageId = query.getMessage().getMessageId();
		String value = button.value();
		switch (step.get()) {
			case TOPICS, GROUPS, NEEDS -> {
				String key = step.get().name().toLowerCase(java.util.Locale.ROOT);
				if (DONE.equals(value)) {
					if (step.get() == Step.TOPICS && set(conversation, key).isEmpty()) {
						this.replies.answer(query.getId(),
								this.replies.text(incoming, "registration.topics.noneChosen"));
						return true;
					}
					close(incoming, query, step.get());
					next(incoming, conversation, step.get());
					return true;
				}
				if (!valid(incoming, step.get(), value)) {
					return false;
				}
				Set<String> chosen = new LinkedHashSet<>(set(conversation, key));
				if (!chosen.remove(value)) {
					chosen.add(value);
				}
				Conversation toggled = this.conversations.save(conversation.with(key, String.join(",", chosen)));
				this.replies.answer(query.getId(), null);
				this.replies.edit(incoming.chat(), messageId, prompt(incoming, step.get()),
						keyboard(incoming, toggled, step.get()));
				return true;
			}
			case PLACE -> {
				if (MINE.equals(value)) {
					close(incoming, query, step.get());
					next(incoming, conversation.with("place", null), Step.PLACE_TEXT);
					return true;
				}
				if (OTHER.equals(value)) {
					close(incoming, query, step.get());
					Conversation typing = this.conversations.save(conversation.at(Step.PLACE_TEXT.name()));
					ask(incoming, typing);
					return true;
				}
				return false;
			}
			case STAGE -> {
				if (Arrays.stream(Stage.values()).noneMatch((stage) -> stage.name().equals(value))) {
					return false;
				}
				close(incoming, query, step.get());
				next(incoming, conversation.with("stage", value), step.get());
				return true;
			}
			default -> {
				return false;
			}
		}
	}

	private boolean valid(Incoming incoming, Step step, String value) {
		return switch (step) {
			case TOPICS -> Arrays.stream(Topic.values()).anyMatch((topic) -> topic.name().equals(value));
			case NEEDS -> Arrays.stream(Need.values()).anyMatch((need) -> need.name().equals(value));
			case GROUPS -> this.views.groups(incoming.educator().orElseThrow())
				.stream()
				.anyMatch((group) -> String.valueOf(group.id()).equals(value));
			default -> false;
		};
	}

	/** The question's message keeps its text and loses its buttons. */
	private void close(Incoming incoming, CallbackQuery query, Step step) {
		this.replies.answer(query.getId(), null);
		this.replies.edit(incoming.chat(), query.getMessage().getMessageId(), prompt(incoming, step), null);
	}

	/** After an answer: the next step, or the end (one field edited, or all asked). */
	private void next(Incoming incoming, Conversation conversation, Step answered) {
		if (conversation.get("field").isPresent()) {
			save(incoming, conversation);
			return;
		}
		Optional<Step> next = following(incoming, answered);
		if (next.isEmpty()) {
			save(incoming, conversation);
			return;
		}
		ask(incoming, this.conversations.save(conversation.at(next.get().name())));
	}

	private Optional<Step> following(Incoming incoming, Step answered) {
		return switch (answered) {
			case TITLE -> Optional.of(Step.SUMMARY);
			case SUMMARY -> Optional.of(Step.TOPICS);
			case TOPICS -> Optional.of(Step.PLACE);
			case PLACE, PLACE_TEXT -> Optional.of(Step.STAGE);
			case STAGE -> this.views.groups(incoming.educator().orElseThrow()).isEmpty() ? Optional.of(Step.NEEDS)
					: Optional.of(Step.GROUPS);
			case GROUPS -> Optional.of(Step.NEEDS);
			case NEEDS -> Optional.empty();
		};
	}

	private Optional<Step> previous(Incoming incoming, Step step) {
		return switch (step) {
			case TITLE -> Optional.empty();
			case SUMMARY -> Optional.of(Step.TITLE);
			case TOPICS -> Optional.of(Step.SUMMARY);
			case PLACE -> Optional.of(Step.TOPICS);
			case PLACE_TEXT -> Optional.of(Step.PLACE);
			case STAGE -> Optional.of(Step.PLACE);
			case GROUPS -> Optional.of(Step.STAGE);
			case NEEDS -> this.views.groups(incoming.educator().orElseThrow()).isEmpty() ? Optional.of(Step.STAGE)
					: Optional.of(Step.GROUPS);
		};
	}

	private void save(Incoming incoming, Conversation conversation) {
		Educator educator = incoming.educator().orElseThrow();
		Set<Long> mine = this.views.groups(educator).stream().map(PeerGroup::id).collect(Collectors.toSet());
		InitiativeDraft draft = new InitiativeDraft(conversation.get("title").orElseThrow(),
				conversation.get("summary").orElseThrow(), values(conversation, "topics", Topic::valueOf),
				conversation.get("place").orElse(null),
				Stage.valueOf(conversation.get("stage").orElse(Stage.RUNNING.name())),
				values(conversation, "groups", Long::valueOf).stream()
					.filter(mine::contains)
					.collect(Collectors.toSet()),
				values(conversation, "needs", Need::valueOf));
		this.conversations.end(conversation);
		Initiative saved;
		try {
			Optional<Long> id = conversation.get("id").map(Long::valueOf);
			saved = id.isPresent() ? this.initiatives.edit(educator, id.get(), draft)
					: this.initiatives.create(educator, draft);
		}
		catch (InitiativeNotFound ex) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.gone"));
			return;
		}
		String outcome = this.replies.text(incoming,
				conversation.get("id").isPresent() ? "initiatives.saved" : "initiatives.created");
		View card = this.views.card(incoming, this.initiatives.view(educator, saved.id()).orElseThrow());
		this.replies.send(incoming.chat(), outcome + "\n\n" + card.html(), card.keyboard());
	}

	@Override
	public void onBack(Incoming incoming, Conversation conversation, CallbackQuery query) {
		Step step = Step.named(conversation.step()).orElse(Step.TITLE);
		close(incoming, query, step);
		Optional<Step> previous = previous(incoming, step);
		if (previous.isEmpty() || conversation.get("field").isPresent()) {
			onCancel(incoming, conversation);
			return;
		}
		ask(incoming, this.conversations.save(conversation.at(previous.get().name())));
	}

	@Override
	public void onCancel(Incoming incoming, Conversation conversation) {
		this.conversations.end(conversation);
		this.replies.send(incoming.chat(), this.replies.text(incoming, "initiatives.cancelled"));
	}

	// state

	private static Set<String> set(Conversation conversation, String key) {
		return conversation.get(key)
			.filter((value) -> !value.isEmpty())
			.map((value) -> (Set<String>) new LinkedHashSet<>(List.of(value.split(","))))
			.orElseGet(Set::of);
	}

	private static <T> Set<T> values(Conversation conversation, String key, Function<String, T> parse) {
		return set(conversation, key).stream().map(parse).collect(Collectors.toSet());
	}

	private static String join(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

}
