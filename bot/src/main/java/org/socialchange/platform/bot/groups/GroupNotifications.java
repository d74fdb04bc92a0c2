package org.socialchange.platform.bot.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.ButtonHandler;
import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.bot.ChatRef;
import org.socialchange.platform.bot.Html;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.Labels;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.educators.Admission;
import org.socialchange.platform.educators.AdmissionDecided;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.Visibility;
import org.socialchange.platform.groups.JoinDecided;
import org.socialchange.platform.groups.JoinOutcome;
import org.socialchange.platform.groups.JoinRequested;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.translations.Language;

/**
 * What the bot says about decisions: a join request goes to the group's facilitators with
 * Approve / Decline buttons (the applicant named only if their visibility allows a
 * facilitator), the educator hears the outcome, and a pending educator hears a
 * coordinator's decision. Listeners run after the deciding transaction committed, in
 * their own; a failed send leaves the event to be published again.
 */
@Component
class GroupNotifications implements ButtonHandler<GroupDecision> {

	private static final Logger log = LoggerFactory.getLogger(GroupNotifications.class);

	private final PeerGroupManagement groups;

	private final EducatorManagement educators;

	private final Replies replies;

	private final Labels labels;

	GroupNotifications(PeerGroupManagement groups, EducatorManagement educators, Replies replies, Labels labels) {
		this.groups = groups;
		this.educators = educators;
		this.replies = replies;
		this.labels = labels;
	}

	@ApplicationModuleListener
	void on(JoinRequested event) {
		Optional<PeerGroup> group = this.groups.group(event.groupId());
		Optional<Educator> applicant = this.educators.byId(event.educatorId());
		if (group.isEmpty() || applicant.isEmpty()) {
			return;
		}
		for (PeerGroupManagement.Facilitator facilitator : this.groups.facilitators(event.groupId())) {
			Language language = this.educators.find(TelegramUserId.of(facilitator.telegramUserId()))
				.map(Educator::language)
				.orElse(group.get().primaryLanguage());
			String html = this.replies.text(language, "groups.request.facilitator", Map.of("group",
					Html.escape(group.get().name(language)), "applicant", applicant(language, applicant.get())));
			try {
				this.replies.send(ChatRef.privateChat(facilitator.chatId()), html,
						Keyboards.rows(List.of(
								Keyboards.button(this.replies.text(language, "groups.decision.approve", Map.of()),
										new GroupDecision(true, event.groupId(), event.educatorId().value())),
								Keyboards.button(this.replies.text(language, "groups.decision.decline", Map.of()),
										new GroupDecision(false, event.groupId(), event.educatorId().value()))),
								2));
			}
			catch (Replies.TelegramFailure ex) {
				// one facilitator who blocked the bot must not keep the others from
				// hearing
				log.warn("Could not tell facilitator account {} about a join request: {}", facilitator.accountId(),
						ex.getMessage());
			}
		}
	}

	@ApplicationModuleListener
	void on(JoinDecided event) {
		String name = this.groups.group(event.groupId()).map((group) -> group.name(event.language())).orElse("");
		this.replies.send(ChatRef.privateChat(event.chatId().value()),
				this.replies.text(event.language(),
						event.approved() ? "groups.outcome.approved" : "groups.outcome.declined",
						Map.of("group", Html.escape(name))));
	}

	@ApplicationModuleListener
	void on(AdmissionDecided event) {
		this.replies.send(ChatRef.privateChat(event.chatId().value()), this.replies.text(event.language(),
				(event.outcome() == Admission.MEMBER) ? "admission.approved" : "admission.declined", Map.of()));
	}

	@Override
	public ButtonType<GroupDecision> type() {
		return GroupDecision.TYPE;
	}

	@Override
	public boolean press(Incoming incoming, CallbackQuery query, GroupDecision decision) {
		Language language = incoming.language();
		Optional<PeerGroup> group = this.groups.group(decision.groupId());
		Optional<Educator> applicant = this.educators.byId(EducatorId.of(decision.educatorId()));
		JoinOutcome outcome = this.groups.decide(decision.groupId(), EducatorId.of(decision.educatorId()),
				decision.approve(), incoming.user());
		if (group.isEmpty() || applicant.isEmpty() || outcome == JoinOutcome.NOT_FOUND) {
			this.replies.answer(query.getId(), this.replies.text(incoming, "groups.decision.gone"));
			this.replies.edit(incoming.chat(), query.getMessage().getMessageId(),
					this.replies.text(incoming, "groups.decision.gone"), null);
			return true;
		}
		Map<String, Object> arguments = Map.of("group", Html.escape(group.get().name(language)), "applicant",
				applicant(language, applicant.get()));
		String key = switch (outcome) {
			case JOINED -> "groups.decision.approved";
			case REQUESTED -> "groups.decision.declined";
			case FULL -> "groups.decision.full";
			default -> "groups.decision.gone";
		};
		this.replies.answer(query.getId(), null);
		this.replies.edit(incoming.chat(), query.getMessage().getMessageId(),
				this.replies.text(incoming, key, arguments), (outcome == JoinOutcome.FULL)
						? decisionButtons(language, decision.groupId(), decision.educatorId()) : null);
		return true;
	}

	private InlineKeyboardMarkup decisionButtons(Language language, long groupId, long educatorId) {
		return Keyboards.rows(List.of(
				Keyboards.button(this.replies.text(language, "groups.decision.approve", Map.of()),
						new GroupDecision(true, groupId, educatorId)),
				Keyboards.button(this.replies.text(language, "groups.decision.decline", Map.of()),
						new GroupDecision(false, groupId, educatorId))),
				2);
	}

	/**
	 * The applicant as a facilitator may see them: name, city and country, unless they
	 * show their profile only to coordinators.
	 */
	private String applicant(Language language, Educator educator) {
		String country = this.labels.country(language, educator);
		if (educator.visibility() == Visibility.COORDINATORS) {
			return this.replies.text(language, "groups.request.private", Map.of("country", Html.escape(country)));
		}
		List<String> where = new ArrayList<>();
		educator.region().ifPresent((region) -> where.add(Html.escape(region)));
		where.add(Html.escape(country));
		return "<b>" + Html.escape(educator.displayName().orElse("")) + "</b> — " + String.join(", ", where);
	}

}
