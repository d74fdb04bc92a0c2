package org.socialchange.platform.bot.registration;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.CommandsMenu;
import org.socialchange.platform.bot.Conversation;
import org.socialchange.platform.bot.Conversations;
import org.socialchange.platform.bot.DeepLinks;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;

/**
 * Registration: the questions in order, each answer stored at once; Back goes one
 * question back, {@code /cancel} suspends with the answers kept and {@code /start}
 * resumes. A deep-link payload rides along in the conversation and is opened at the end.
 */
@Component
public class RegistrationFlow extends QuestionFlow {

	public static final String NAME = "registration";

	/** How long an unfinished registration waits for its educator. */
	static final Duration LIFETIME = Duration.ofDays(90);

	static final String PAYLOAD = "payload";

	private final EducatorManagement educators;

	private final ProfileSummary summary;

	private final CommandsMenu commands;

	private final DeepLinks deepLinks;

	RegistrationFlow(Questionnaire questions, Conversations conversations, Replies replies,
			EducatorManagement educators, ProfileSummary summary, CommandsMenu commands, DeepLinks deepLinks) {
		super(questions, conversations, replies);
		this.educators = educators;
		this.summary = summary;
		this.commands = commands;
		this.deepLinks = deepLinks;
	}

	@Override
	public String name() {
		return NAME;
	}

	/**
	 * The educator's registration here, started where their answers stop if there is
	 * none.
	 */
	Conversation conversation(Incoming incoming, Educator educator, boolean newcomer) {
		return this.conversations.find(incoming.user(), incoming.chatId())
			.filter((conversation) -> conversation.isOf(NAME))
			.orElseGet(() -> {
				Question first = newcomer ? Question.LANGUAGE
						: this.questions.firstUnanswered(educator).orElse(Question.NETWORK);
				return this.conversations.start(incoming.user(), incoming.chatId(), NAME, first.name(), Map.of(),
						LIFETIME);
			});
	}

	/** Asks the question the registration waits at. */
	void resume(Incoming incoming, Conversation conversation, Educator educator) {
		ask(incoming, this.conversations.resume(conversation), educator);
	}

	/** After the language was chosen at the first question. */
	void languageChosen(Incoming incoming, Conversation conversation, Educator educator) {
		if (conversation.step().equals(Question.LANGUAGE.name())) {
			conversation = this.conversations.save(
					conversation.at(this.questions.after(Question.LANGUAGE, educator).orElse(Question.PRIVACY).name()));
		}
		ask(incoming, conversation, educator);
	}

	@Override
	protected boolean offersBack(Conversation conversation, Question question) {
		return question.ordinal() > Question.NAME.ordinal();
	}

	@Override
	protected void next(Incoming incoming, Conversation conversation, Question answered, Educator after) {
		if (answered == Question.PRIVACY && after.consentedAt().isEmpty()) {
			// declining erased the educator with this conversation: nothing is saved
			// again
			this.replies.send(incoming.chat(), this.replies.text(incoming, "privacy.declined"));
			return;
		}
		Optional<Question> next = this.questions.after(answered, after);
		if (next.isPresent()) {
			Conversation moved = this.conversations.save(conversation.at(next.get().name()));
			ask(incoming, moved, after);
			return;
		}
		Educator registered = this.educators.completeRegistration(incoming.user());
		this.conversations.end(conversation);
		Incoming now = incoming.with(registered);
		String done = this.replies.text(now, "registration.done") + " "
				+ this.replies.text(now, "start.community", Map.of("count", this.educators.count()));
		Optional<String> payload = conversation.get(PAYLOAD);
		// one message, so nothing the educator does next can come between its parts; a
		// pending educator without an invite link learns there why they see nobody yet
		String pending = (payload.isEmpty() && !registered.isMember())
				? "\n\n" + this.replies.text(now, "admission.pending") : "";
		this.replies.send(incoming.chat(), done + pending + "\n\n" + this.summary.of(registered) + "\n\n"
				+ this.commands.help(registered.language()));
		payload.ifPresent((link) -> {
			this.deepLinks.open(now, registered, link);
			// an invite link opened just now made them a member; anyone else waits, and
			// is told
			if (this.educators.find(incoming.user()).filter((educator) -> !educator.isMember()).isPresent()) {
				this.replies.send(incoming.chat(), this.replies.text(now, "admission.pending"));
			}
		});
	}

	@Override
	public void onBack(Incoming incoming, Conversation conversation, CallbackQuery query) {
		Educator educator = incoming.educator().orElseThrow();
		closeQuestion(incoming, conversation, query);
		Question current = Question.named(conversation.step()).orElse(Question.NAME);
		Question previous = this.questions.before(current, educator).orElse(current);
		ask(incoming, this.conversations.save(conversation.at(previous.name())), educator);
	}

	@Override
	public void onCancel(Incoming incoming, Conversation conversation) {
		this.conversations.suspend(conversation);
		this.replies.send(incoming.chat(), this.replies.text(incoming, "registration.cancelled"));
	}

	/** Keeps a deep-link payload for the end of registration. */
	Conversation keep(Conversation conversation, String payload) {
		return (payload != null) ? this.conversations.save(conversation.with(PAYLOAD, payload)) : conversation;
	}

	/** True when the registration is past its first questions. */
	static boolean underway(Conversation conversation) {
		return !(conversation.step().equals(Question.LANGUAGE.name())
				|| conversation.step().equals(Question.PRIVACY.name()));
	}

}
