package org.socialchange.platform.bot.profile;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.Conversation;
import org.socialchange.platform.bot.Conversations;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.registration.Question;
import org.socialchange.platform.bot.registration.QuestionFlow;
import org.socialchange.platform.bot.registration.Questionnaire;
import org.socialchange.platform.educators.Educator;

/**
 * Editing one profile field with its registration question, and the questions that follow
 * from it (a new country may need a typed name or a time zone); then back to the profile.
 * Back and {@code /cancel} return to the profile with nothing more changed.
 */
@Component
class ProfileEditFlow extends QuestionFlow {

	static final String NAME = "profile";

	static final Duration LIFETIME = Duration.ofDays(1);

	static final String FIELD = "field";

	/** What an answer to a field may lead to. */
	private static final Map<Question, List<Question>> FOLLOW_UPS = Map.of(Question.COUNTRY,
			List.of(Question.COUNTRY_OTHER, Question.TIME_ZONE));

	private final ProfileView profile;

	ProfileEditFlow(Questionnaire questions, Conversations conversations, Replies replies, ProfileView profile) {
		super(questions, conversations, replies);
		this.profile = profile;
	}

	@Override
	public String name() {
		return NAME;
	}

	void begin(Incoming incoming, Educator educator, Question field) {
		Conversation conversation = this.conversations.start(incoming.user(), incoming.chatId(), NAME, field.name(),
				Map.of(FIELD, field.name()), LIFETIME);
		ask(incoming, conversation, educator);
	}

	@Override
	protected boolean offersBack(Conversation conversation, Question question) {
		return true;
	}

	@Override
	protected void next(Incoming incoming, Conversation conversation, Question answered, Educator after) {
		Question field = conversation.get(FIELD).flatMap(Question::named).orElse(answered);
		Optional<Question> next = FOLLOW_UPS.getOrDefault(field, List.of())
			.stream()
			.filter((question) -> question.ordinal() > answered.ordinal())
			.filter((question) -> this.questions.applies(question, after))
			.findFirst();
		if (next.isPresent()) {
			ask(incoming, this.conversations.save(conversation.at(next.get().name())), after);
			return;
		}
		this.conversations.end(conversation);
		this.replies.send(incoming.chat(), this.replies.text(incoming, "profile.saved"));
		this.profile.show(incoming, after);
	}

	@Override
	public void onBack(Incoming incoming, Conversation conversation, CallbackQuery query) {
		closeQuestion(incoming, conversation, query);
		this.conversations.end(conversation);
		this.profile.show(incoming, incoming.educator().orElseThrow());
	}

	@Override
	public void onCancel(Incoming incoming, Conversation conversation) {
		this.conversations.end(conversation);
		this.profile.show(incoming, incoming.educator().orElseThrow());
	}

}
