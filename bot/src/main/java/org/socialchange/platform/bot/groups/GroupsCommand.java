package org.socialchange.platform.bot.groups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import org.springframework.stereotype.Component;

import org.socialchange.platform.bot.ButtonHandler;
import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.bot.CommandHandler;
import org.socialchange.platform.bot.Html;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.Labels;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.groups.GroupButton.Action;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.groups.GroupFilter;
import org.socialchange.platform.groups.GroupMember;
import org.socialchange.platform.groups.GroupPage;
import org.socialchange.platform.groups.JoinOutcome;
import org.socialchange.platform.groups.JoinPolicy;
import org.socialchange.platform.groups.MemberList;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.translations.Language;

/**
 * {@code /groups}: peer groups a member of the network can join, a page at a time and
 * filtered by topic and place; their own groups; a group's card to join, ask to join or
 * leave it and see its members as each one's visibility allows; for its facilitators, a
 * code to link the group chat. A pending educator is told, kindly, that groups open once
 * a coordinator confirms them.
 */
@Component
class GroupsCommand implements CommandHandler, ButtonHandler<GroupButton> {

	static final int PAGE_SIZE = 5;

	private final PeerGroupManagement groups;

	private final Replies replies;

	private final Labels labels;

	GroupsCommand(PeerGroupManagement groups, Replies replies, Labels labels) {
		this.groups = groups;
		this.replies = replies;
		this.labels = labels;
	}

	@Override
	public String command() {
		return "groups";
	}

	@Override
	public int order() {
		return 15;
	}

	@Override
	public boolean needsRegistration() {
		return true;
	}

	@Override
	public void handle(Incoming incoming, String argument) {
		Educator educator = incoming.educator().orElseThrow();
		if (!educator.isMember()) {
			this.replies.send(incoming.chat(), this.replies.text(incoming, "groups.pending"));
			return;
		}
		boolean hasGroups = !this.groups.mine(EducatorId.of(educator.id())).isEmpty();
		View view = hasGroups ? mine(incoming, educator) : list(incoming, educator, GroupButton.list(0, null, null));
		this.replies.send(incoming.chat(), view.html(), view.keyboard());
	}

	@Override
	public ButtonType<GroupButton> type() {
		return GroupButton.TYPE;
	}

	@Override
	public boolean press(Incoming incoming, CallbackQuery query, GroupButton button) {
		Optional<Educator> found = incoming.educator().filter(Educator::isRegistered);
		if (found.isEmpty()) {
			return false;
		}
		Educator educator = found.get();
		if (!educator.isMember()) {
			this.replies.answer(query.getId(), null);
			this.replies.edit(incoming.chat(), query.getMessage().getMessageId(),
					this.replies.text(incoming, "groups.pending"), null);
			return true;
		}
		Optional<View> view = switch (button.action()) {
			case LIST -> Optional.of(list(incoming, educator, button));
			case TOPICS -> Optional.of(topics(incoming, button));
			case PLACES -> Optional.of(places(incoming, button));
			case MINE -> Optional.of(mine(incoming, educator));
			case VIEW -> card(incoming, educator, button.groupId(), null);
			case JOIN -> join(incoming, educator, button.groupId());
			case LEAVE -> confirmLeave(incoming, educator, button.groupId());
			case LEAVE_CONFIRMED -> leave(incoming, educator, button.groupId());
			case MEMBERS -> members(incoming, educator, button.groupId());
			case CHAT_CODE -> chatCode(incoming, educator, button.groupId());
		};
		if (view.isEmpty()) {
			this.replies.answer(query.getId(), this.replies.text(incoming, "groups.gone"));
			this.replies.edit(incoming.chat(), query.getMessage().getMessageId(),
					this.replies.text(incoming, "groups.gone"), keyboard(List.of(), List.of(findButton(incoming))));
			return true;
		}
		this.replies.answer(query.getId(), null);
		this.replies.edit(incoming.chat(), query.getMessage().getMessageId(), view.get().html(), view.get().keyboard());
		return true;
	}

	// views

	private View list(Incoming incoming, Educator educator, GroupButton filter) {
		Language language = incoming.language();
		GroupFilter groupFilter = new GroupFilter(filter.topic(), filter.country().orElse(null),
				filter.international());
		GroupPage page = this.groups.browse(educator, groupFilter, filter.page(), PAGE_SIZE);
		StringBuilder html = new StringBuilder(this.replies.text(incoming, "groups.list.heading"));
		html.append("\n")
			.append(this.replies.text(incoming, "groups.list.filter",
					Map.of("topic", (filter.topic() != null) ? this.labels.of(language, filter.topic()) : any(incoming),
							"place", place(incoming, filter))));
		html.append("\n\n");
		if (page.total() == 0) {
			html.append(this.replies.text(incoming, "groups.list.none"));
		}
		else {
			html.append(this.replies.text(incoming, "groups.list.count",
					Map.of("count", page.total(), "page", page.page() + 1, "pages", page.pages())));
		}
		List<InlineKeyboardButton> buttons = new ArrayList<>();
		for (PeerGroup group : page.groups()) {
			buttons.add(Keyboards.button(group.name(language), GroupButton.on(Action.VIEW, group.id())));
		}
		List<InlineKeyboardButton> paging = new ArrayList<>();
		if (page.hasPrevious()) {
			paging.add(Keyboards.button("◀", GroupButton.list(page.page() - 1, filter.topic(), filter.place())));
		}
		if (page.hasNext()) {
			paging.add(Keyboards.button("▶", GroupButton.list(page.page() + 1, filter.topic(), filter.place())));
		}
		List<InlineKeyboardButton> filters = List.of(
				Keyboards.button(this.replies.text(incoming, "groups.button.topic"),
						new GroupButton(Action.TOPICS, 0, 0, filter.topic(), filter.place())),
				Keyboards.button(this.replies.text(incoming, "groups.button.place"),
						new GroupButton(Action.PLACES, 0, 0, filter.topic(), filter.place())));
		List<List<InlineKeyboardButton>> grid = new ArrayList<>();
		buttons.forEach((button) -> grid.add(List.of(button)));
		if (!paging.isEmpty()) {
			grid.add(paging);
		}
		grid.add(filters);
		grid.add(List
			.of(Keyboards.button(this.replies.text(incoming, "groups.button.mine"), GroupButton.on(Action.MINE, 0))));
		return new View(html.toString(), grid(grid));
	}

	private View topics(Incoming incoming, GroupButton filter) {
		List<List<InlineKeyboardButton>> grid = new ArrayList<>();
		grid.add(List.of(Keyboards.button(any(incoming), GroupButton.list(0, null, filter.place()))));
		List<InlineKeyboardButton> row = new ArrayList<>();
		for (Topic topic : Topic.values()) {
			row.add(Keyboards.button(this.labels.of(incoming.language(), topic),
					GroupButton.list(0, topic, filter.place())));
			if (row.size() == 2) {
				grid.add(row);
				row = new ArrayList<>();
			}
		}
		if (!row.isEmpty()) {
			grid.add(row);
		}
		return new View(this.replies.text(incoming, "groups.filter.topic"), grid(grid));
	}

	private View places(Incoming incoming, GroupButton filter) {
		List<InlineKeyboardButton> buttons = new ArrayList<>();
		buttons.add(Keyboards.button(any(incoming), GroupButton.list(0, filter.topic(), null)));
		buttons.add(Keyboards.button(this.replies.text(incoming, "groups.international"),
				GroupButton.list(0, filter.topic(), GroupButton.INTERNATIONAL)));
		Arrays.stream(Country.values())
			.filter((country) -> country != Country.OTHER)
			.forEach((country) -> buttons.add(Keyboards.button(this.labels.country(incoming.language(), country),
					GroupButton.list(0, filter.topic(), country.name()))));
		return new View(this.replies.text(incoming, "groups.filter.place"), Keyboards.rows(buttons, 2));
	}

	private View mine(Incoming incoming, Educator educator) {
		Language language = incoming.language();
		EducatorId id = EducatorId.of(educator.id());
		List<PeerGroup> mine = this.groups.mine(id);
		List<PeerGroup> requested = this.groups.requested(id);
		StringBuilder html = new StringBuilder(this.replies.text(incoming, "groups.mine.heading")).append("\n\n");
		html.append(mine.isEmpty() ? this.replies.text(incoming, "groups.mine.none")
				: this.replies.text(incoming, "groups.mine.count", Map.of("count", mine.size())));
		if (!requested.isEmpty()) {
			html.append("\n\n")
				.append(this.replies.text(incoming, "groups.mine.requested",
						Map.of("groups",
								String.join(", ",
										requested.stream()
											.map((group) -> this.replies.quoted(incoming, group.name(language)))
											.toList()))));
		}
		List<InlineKeyboardButton> buttons = new ArrayList<>();
		mine.forEach((group) -> buttons
			.add(Keyboards.button(group.name(language), GroupButton.on(Action.VIEW, group.id()))));
		requested.forEach((group) -> buttons
			.add(Keyboards.button(group.name(language), GroupButton.on(Action.VIEW, group.id()))));
		return new View(html.toString(), keyboard(buttons, List.of(findButton(incoming))));
	}

	/** A group's card; {@code outcome} is a line on top saying what just happened. */
	private Optional<View> card(Incoming incoming, Educator educator, long groupId, String outcome) {
		Optional<PeerGroup> found = this.groups.group(groupId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		PeerGroup group = found.get();
		Language language = incoming.language();
		EducatorId id = EducatorId.of(educator.id());
		boolean member = this.groups.isMember(groupId, id);
		boolean requested = !member && this.groups.hasRequested(groupId, id);
		long count = this.groups.memberCount(groupId);
		StringBuilder html = new StringBuilder();
		if (outcome != null) {
			html.append(outcome).append("\n\n");
		}
		html.append("<b>").append(Html.escape(group.name(language))).append("</b>\n");
		String description = group.text(language).description();
		if (description != null) {
			html.append(Html.escape(description)).append("\n");
		}
		html.append("\n").append(place(incoming, group));
		if (!group.topics().isEmpty()) {
			html.append(" · ").append(this.labels.list(language, List.copyOf(group.topics())));
		}
		html.append("\n")
			.append(group.capacity()
				.map((capacity) -> this.replies.text(incoming, "groups.card.membersOf",
						Map.of("count", count, "capacity", capacity)))
				.orElseGet(() -> this.replies.text(incoming, "groups.card.members", Map.of("count", count))));
		html.append("\n")
			.append(this.replies.text(incoming,
					(group.joinPolicy() == JoinPolicy.OPEN) ? "groups.card.open" : "groups.card.approval"));
		if (member) {
			html.append("\n\n").append(this.replies.text(incoming, "groups.card.member"));
		}
		else if (requested) {
			html.append("\n\n").append(this.replies.text(incoming, "groups.card.requested"));
		}
		List<InlineKeyboardButton> buttons = new ArrayList<>();
		if (member) {
			buttons.add(Keyboards.button(this.replies.text(incoming, "groups.button.members"),
					GroupButton.on(Action.MEMBERS, groupId)));
			buttons.add(Keyboards.button(this.replies.text(incoming, "groups.button.leave"),
					GroupButton.on(Action.LEAVE, groupId)));
		}
		else if (requested) {
			buttons.add(Keyboards.button(this.replies.text(incoming, "groups.button.withdraw"),
					GroupButton.on(Action.LEAVE, groupId)));
		}
		else {
			buttons.add(Keyboards.button(
					this.replies.text(incoming,
							(group.joinPolicy() == JoinPolicy.OPEN) ? "groups.button.join" : "groups.button.ask"),
					GroupButton.on(Action.JOIN, groupId)));
		}
		List<InlineKeyboardButton> last = new ArrayList<>();
		if (facilitates(incoming, groupId)) {
			last.add(Keyboards.button(this.replies.text(incoming, "groups.button.linkChat"),
					GroupButton.on(Action.CHAT_CODE, groupId)));
		}
		last.add(Keyboards.button(this.replies.text(incoming, "groups.button.mine"), GroupButton.on(Action.MINE, 0)));
		last.add(findButton(incoming));
		return Optional.of(new View(html.toString(), keyboard(buttons, last)));
	}

	private Optional<View> join(Incoming incoming, Educator educator, long groupId) {
		JoinOutcome outcome = this.groups.join(educator, groupId);
		if (outcome == JoinOutcome.NOT_FOUND) {
			return Optional.empty();
		}
		String name = this.groups.group(groupId).map((group) -> group.name(incoming.language())).orElse("");
		String key = switch (outcome) {
			case JOINED -> "groups.joined";
			case REQUESTED -> "groups.requested";
			case FULL -> "groups.full";
			case ALREADY_REQUESTED -> "groups.card.requested";
			default -> "groups.card.member";
		};
		return card(incoming, educator, groupId, this.replies.text(incoming, key, Map.of("group", Html.escape(name))));
	}

	private Optional<View> confirmLeave(Incoming incoming, Educator educator, long groupId) {
		return this.groups.group(groupId).map((group) -> {
			boolean member = this.groups.isMember(groupId, EducatorId.of(educator.id()));
			String question = this.replies.text(incoming, member ? "groups.leave.confirm" : "groups.withdraw.confirm",
					Map.of("group", Html.escape(group.name(incoming.language()))));
			return new View(question,
					Keyboards.rows(List.of(
							Keyboards.button(this.replies.text(incoming, "groups.button.leaveYes"),
									GroupButton.on(Action.LEAVE_CONFIRMED, groupId)),
							Keyboards.button(this.replies.text(incoming, "groups.button.leaveNo"),
									GroupButton.on(Action.VIEW, groupId))),
							2));
		});
	}

	private Optional<View> leave(Incoming incoming, Educator educator, long groupId) {
		Optional<PeerGroup> group = this.groups.group(groupId);
		if (group.isEmpty()) {
			return Optional.empty();
		}
		boolean member = this.groups.isMember(groupId, EducatorId.of(educator.id()));
		this.groups.leave(educator, groupId);
		String done = this.replies.text(incoming, member ? "groups.left" : "groups.withdrawn",
				Map.of("group", Html.escape(group.get().name(incoming.language()))));
		View mine = mine(incoming, educator);
		return Optional.of(new View(done + "\n\n" + mine.html(), mine.keyboard()));
	}

	private Optional<View> members(Incoming incoming, Educator educator, long groupId) {
		Optional<PeerGroup> group = this.groups.group(groupId);
		Optional<MemberList> members = this.groups.members(educator, groupId);
		if (group.isEmpty() || members.isEmpty()) {
			return Optional.empty();
		}
		Language language = incoming.language();
		StringBuilder html = new StringBuilder(this.replies.text(incoming, "groups.members.heading",
				Map.of("group", Html.escape(group.get().name(language)), "count", members.get().total())));
		html.append("\n");
		for (GroupMember member : members.get().shown()) {
			html.append("\n• <b>").append(Html.escape(member.displayName())).append("</b>");
			List<String> where = new ArrayList<>();
			member.country().ifPresent((country) -> where.add(this.labels.country(language, country)));
			member.region().ifPresent((region) -> where.add(Html.escape(region)));
			if (!where.isEmpty()) {
				html.append(" — ").append(String.join(", ", where));
			}
			if (member.educatorId().value() == educator.id()) {
				html.append(" ").append(this.replies.text(incoming, "groups.members.you"));
			}
		}
		if (members.get().hidden() > 0) {
			html.append("\n\n")
				.append(this.replies.text(incoming, "groups.members.hidden", Map.of("count", members.get().hidden())));
		}
		return Optional.of(new View(html.toString(), keyboard(List.of(), List.of(Keyboards
			.button(this.replies.text(incoming, "groups.button.back"), GroupButton.on(Action.VIEW, groupId))))));
	}

	private Optional<View> chatCode(Incoming incoming, Educator educator, long groupId) {
		Optional<PeerGroup> group = this.groups.group(groupId);
		Optional<String> code = this.groups.offerChatLink(groupId, incoming.user());
		if (group.isEmpty() || code.isEmpty()) {
			return Optional.empty();
		}
		String html = this.replies.text(incoming, "groups.chatCode",
				Map.of("group", Html.escape(group.get().name(incoming.language())), "code", code.get(), "minutes",
						PeerGroupManagement.CHAT_CODE_VALIDITY.toMinutes()));
		return Optional.of(new View(html, keyboard(List.of(), List.of(Keyboards
			.button(this.replies.text(incoming, "groups.button.back"), GroupButton.on(Action.VIEW, groupId))))));
	}

	// helpers

	private boolean facilitates(Incoming incoming, long groupId) {
		return this.groups.facilitators(groupId)
			.stream()
			.anyMatch((facilitator) -> facilitator.telegramUserId() == incoming.user().value());
	}

	private InlineKeyboardButton findButton(Incoming incoming) {
		return Keyboards.button(this.replies.text(incoming, "groups.button.find"), GroupButton.list(0, null, null));
	}

	private String any(Incoming incoming) {
		return this.replies.text(incoming, "groups.filter.any");
	}

	private String place(Incoming incoming, GroupButton filter) {
		if (filter.international()) {
			return this.replies.text(incoming, "groups.international");
		}
		return filter.country()
			.map((country) -> this.labels.country(incoming.language(), country))
			.orElseGet(() -> any(incoming));
	}

	private String place(Incoming incoming, PeerGroup group) {
		return group.country()
			.map((country) -> this.labels.country(incoming.language(), country))
			.orElseGet(() -> this.replies.text(incoming, "groups.international"));
	}

	private static InlineKeyboardMarkup keyboard(List<InlineKeyboardButton> buttons, List<InlineKeyboardButton> last) {
		return Keyboards.rows(buttons, 1, last);
	}

	private static InlineKeyboardMarkup grid(List<List<InlineKeyboardButton>> rows) {
		return InlineKeyboardMarkup.builder().keyboard(rows.stream().map(InlineKeyboardRow::new).toList()).build();
	}

	/** A message of the groups feature: its text and buttons. */
	record View(String html, InlineKeyboardMarkup keyboard) {
	}

}
