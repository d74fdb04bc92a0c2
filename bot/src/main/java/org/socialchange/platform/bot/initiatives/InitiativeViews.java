package org.socialchange.platform.bot.initiatives;

import java.util.ArrayList;
import java.util.Date;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import org.socialchange.platform.bot.Html;
import org.socialchange.platform.bot.Incoming;
import org.socialchange.platform.bot.Keyboards;
import org.socialchange.platform.bot.Labels;
import org.socialchange.platform.bot.Replies;
import org.socialchange.platform.bot.initiatives.InitiativeButton.Action;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.educators.Visibility;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.initiatives.Author;
import org.socialchange.platform.initiatives.Initiative;
import org.socialchange.platform.initiatives.InitiativeCard;
import org.socialchange.platform.initiatives.InitiativeFilter;
import org.socialchange.platform.initiatives.InitiativeManagement;
import org.socialchange.platform.initiatives.InitiativePage;
import org.socialchange.platform.initiatives.InitiativeSummary;
import org.socialchange.platform.initiatives.InitiativeUpdate;
import org.socialchange.platform.initiatives.MediaKind;
import org.socialchange.platform.initiatives.Preferences;
import org.socialchange.platform.initiatives.Stage;
import org.socialchange.platform.initiatives.UpdateView;
import org.socialchange.platform.translations.Language;

import org.springframework.stereotype.Component;

/**
 * How initiatives look in the bot: the hub of one's own, an initiative's card, search
 * results with their filters, followed initiatives, settings, and an update's card.
 */
@Component
class InitiativeViews {

	static final int PAGE_SIZE = 5;

	private final InitiativeManagement initiatives;

	private final Replies replies;

	private final Labels labels;

	InitiativeViews(InitiativeManagement initiatives, Replies replies, Labels labels) {
		this.initiatives = initiatives;
		this.replies = replies;
		this.labels = labels;
	}

	View hub(Incoming incoming, Educator educator) {
		List<Initiative> mine = this.initiatives.mine(educator);
		StringBuilder html = new StringBuilder(text(incoming, "initiatives.hub.heading")).append("\n\n");
		html.append(mine.isEmpty() ? text(incoming, "initiatives.hub.none")
				: this.replies.text(incoming, "initiatives.hub.count", Map.of("count", mine.size())));
		if (!educator.isMember()) {
			html.append("\n\n").append(text(incoming, "initiatives.hub.pending"));
		}
		List<List<InlineKeyboardButton>> rows = new ArrayList<>();
		for (Initiative initiative : mine) {
			String label = (initiative.archived() ? "🗄 " : "") + initiative.title();
			rows.add(List.of(Keyboards.button(label, InitiativeButton.on(Action.CARD, initiative.id()))));
		}
		rows.add(List.of(button(incoming, "initiatives.button.new", InitiativeButton.on(Action.NEW, 0))));
		if (educator.isMember()) {
			rows.add(List.of(
					button(incoming, "initiatives.button.find", InitiativeButton.find(0, InitiativeFilter.ANY)),
					button(incoming, "initiatives.button.following", InitiativeButton.on(Action.FOLLOWING, 0))));
		}
		rows.add(List.of(button(incoming, "initiatives.button.settings", InitiativeButton.on(Action.SETTINGS, 0))));
		return new View(html.toString(), grid(rows));
	}

	View card(Incoming incoming, InitiativeCard card) {
		Language language = incoming.language();
		Initiative initiative = card.initiative();
		StringBuilder html = new StringBuilder("<b>").append(Html.escape(initiative.title())).append("</b>\n");
		if (!card.mine()) {
			html.append(Html.escape(card.author().displayName()))
				.append(" — ")
				.append(place(incoming, initiative, card.author()))
				.append("\n");
		}
		html.append("\n").append(Html.escape(initiative.summary())).append("\n\n");
		html.append(this.replies.text(incoming, "initiatives.card.stage",
				Map.of("stage", this.labels.of(language, initiative.stage()))));
		if (!initiative.topics().isEmpty()) {
			html.append("\n")
				.append(this.replies.text(incoming, "initiatives.card.topics",
						Map.of("topics", this.labels.list(language, initiative.sortedTopics()))));
		}
		if (card.mine()) {
			html.append("\n")
				.append(this.replies.text(incoming, "initiatives.card.place",
						Map.of("place", place(incoming, initiative, card.author()))));
			List<String> groups = this.initiatives.groupsOf(incoming.educator().orElseThrow())
				.stream()
				.filter((group) -> initiative.groupIds().contains(group.id()))
				.map((group) -> Html.escape(group.name(language)))
				.toList();
			if (!groups.isEmpty()) {
				html.append("\n")
					.append(this.replies.text(incoming, "initiatives.card.groups",
							Map.of("groups", String.join(", ", groups))));
			}
		}
		if (!initiative.needs().isEmpty()) {
			html.append("\n")
				.append(this.replies.text(incoming, "initiatives.card.lookingFor",
						Map.of("needs", this.labels.list(language, initiative.needs().stream().sorted().toList()))));
		}
		html.append("\n")
			.append(this.replies.text(incoming, "initiatives.card.counts",
					Map.of("updates", card.updates(), "followers", card.followers())));
		if (initiative.archived()) {
			html.append("\n\n").append(text(incoming, "initiatives.card.archived"));
		}
		else if (card.following()) {
			html.append("\n\n").append(text(incoming, "initiatives.card.following"));
		}
		if (card.mine() && incoming.educator().map(Educator::visibility).orElse(null) == Visibility.COORDINATORS) {
			html.append("\n\n").append(text(incoming, "initiatives.reservedNote"));
		}
		long id = initiative.id();
		List<List<InlineKeyboardButton>> rows = new ArrayList<>();
		if (card.mine()) {
			if (!initiative.archived()) {
				rows.add(List.of(button(incoming, "initiatives.button.post", InitiativeButton.on(Action.POST, id))));
			}
			rows.add(List.of(button(incoming, "initiatives.button.updates", InitiativeButton.on(Action.UPDATES, id)),
					button(incoming, "initiatives.button.edit", InitiativeButton.on(Action.EDIT, id))));
			rows.add(List.of(initiative.archived()
					? button(incoming, "initiatives.button.unarchive", InitiativeButton.on(Action.UNARCHIVE, id))
					: button(incoming, "initiatives.button.archive", InitiativeButton.on(Action.ARCHIVE, id))));
			rows.add(List.of(button(incoming, "initiatives.button.mine", InitiativeButton.on(Action.HUB, 0))));
		}
		else {
			rows.add(List.of(button(incoming, "initiatives.button.updates", InitiativeButton.on(Action.UPDATES, id)),
					card.following()
							? button(incoming, "initiatives.button.unfollow", InitiativeButton.on(Action.UNFOLLOW, id))
							: button(incoming, "initiatives.button.follow", InitiativeButton.on(Action.FOLLOW, id))));
			rows.add(
					List.of(button(incoming, "initiatives.button.find", InitiativeButton.find(0, InitiativeFilter.ANY)),
							button(incoming, "initiatives.button.mine", InitiativeButton.on(Action.HUB, 0))));
		}
		return new View(html.toString(), grid(rows));
	}

	/**
	 * The author's place: the initiative's own, else the author's region, with their
	 * country.
	 */
	String place(Incoming incoming, Initiative initiative, Author author) {
		List<String> parts = new ArrayList<>();
		initiative.place().or(author::region).ifPresent((place) -> parts.add(Html.escape(place)));
		initiative.country()
			.or(author::country)
			.ifPresent((country) -> parts.add(this.labels.country(incoming.language(), country)));
		return parts.isEmpty() ? this.labels.notGiven(incoming.language()) : String.join(", ", parts);
	}

	View find(Incoming incoming, Educator educator, InitiativeButton button) {
		Language language = incoming.language();
		InitiativeFilter filter = button.filter();
		InitiativePage page = this.initiatives.find(educator, filter, button.page(), PAGE_SIZE);
		String any = text(incoming, "initiatives.find.any");
		StringBuilder html = new StringBuilder(text(incoming, "initiatives.find.heading")).append("\n");
		html.append(this.replies.text(incoming, "initiatives.find.filter",
				Map.of("words", (filter.hasKeywords()) ? this.replies.quoted(incoming, filter.keywords()) : any,
						"topic", (filter.topic() != null) ? this.labels.of(language, filter.topic()) : any, "country",
						(filter.country() != null) ? this.labels.country(language, filter.country()) : any, "stage",
						(filter.stage() != null) ? this.labels.of(language, filter.stage()) : any)));
		html.append("\n\n");
		if (page.items().isEmpty()) {
			html.append(text(incoming, "initiatives.find.none"));
		}
		else {
			html.append(this.replies.text(incoming, "initiatives.find.page", Map.of("page", page.page() + 1)));
		}
		List<List<InlineKeyboardButton>> rows = new ArrayList<>();
		for (InitiativeSummary summary : page.items()) {
			String label = summary.initiative().title() + " — " + summary.author().displayName();
			rows.add(List.of(Keyboards.button(label, InitiativeButton.on(Action.CARD, summary.initiative().id()))));
		}
		List<InlineKeyboardButton> paging = new ArrayList<>();
		if (page.hasPrevious()) {
			paging.add(Keyboards.button("◀", InitiativeButton.find(page.page() - 1, filter)));
		}
		if (page.hasNext()) {
			paging.add(Keyboards.button("▶", InitiativeButton.find(page.page() + 1, filter)));
		}
		if (!paging.isEmpty()) {
			rows.add(paging);
		}
		InitiativeButton here = InitiativeButton.find(0, filter);
		rows.add(List.of(button(incoming, "initiatives.button.words", here.with(Action.WORDS)),
				button(incoming, "initiatives.button.topic", here.with(Action.TOPICS))));
		rows.add(List.of(button(incoming, "initiatives.button.country", here.with(Action.COUNTRIES)),
				button(incoming, "initiatives.button.stage", here.with(Action.STAGES))));
		List<InlineKeyboardButton> last = new ArrayList<>();
		if (!filter.equals(InitiativeFilter.ANY)) {
			last.add(button(incoming, "initiatives.button.clear", InitiativeButton.find(0, InitiativeFilter.ANY)));
		}
		last.add(button(incoming, "initiatives.button.mine", InitiativeButton.on(Action.HUB, 0)));
		rows.add(last);
		return new View(html.toString(), grid(rows));
	}

	View topics(Incoming incoming, InitiativeButton current) {
		InitiativeFilter filter = current.filter();
		List<InlineKeyboardButton> buttons = new ArrayList<>();
		buttons.add(button(incoming, "initiatives.find.any", InitiativeButton.find(0,
				new InitiativeFilter(filter.keywords(), null, filter.country(), filter.stage()))));
		for (Topic topic : Topic.values()) {
			buttons.add(Keyboards.button(this.labels.of(incoming.language(), topic), InitiativeButton.find(0,
					new InitiativeFilter(filter.keywords(), topic, filter.country(), filter.stage()))));
		}
		return new View(text(incoming, "groups.filter.topic"), Keyboards.rows(buttons, 2));
	}

	View countries(Incoming incoming, InitiativeButton current) {
		InitiativeFilter filter = current.filter();
		List<InlineKeyboardButton> buttons = new ArrayList<>();
		buttons.add(button(incoming, "initiatives.find.any", InitiativeButton.find(0,
				new InitiativeFilter(filter.keywords(), filter.topic(), null, filter.stage()))));
		Arrays.stream(Country.values())
			.filter((country) -> country != Country.OTHER)
			.forEach((country) -> buttons
				.add(Keyboards.button(this.labels.country(incoming.language(), country), InitiativeButton.find(0,
						new InitiativeFilter(filter.keywords(), filter.topic(), country, filter.stage())))));
		return new View(text(incoming, "groups.filter.place"), Keyboards.rows(buttons, 2));
	}

	View stages(Incoming incoming, InitiativeButton current) {
		InitiativeFilter filter = current.filter();
		List<InlineKeyboardButton> buttons = new ArrayList<>();
		buttons.add(button(incoming, "initiatives.find.any", InitiativeButton.find(0,
				new InitiativeFilter(filter.keywords(), filter.topic(), filter.country(), null))));
		for (Stage stage : Stage.values()) {
			buttons.add(Keyboards.button(this.labels.of(incoming.language(), stage), InitiativeButton.find(0,
					new InitiativeFilter(filter.keywords(), filter.topic(), filter.country(), stage))));
		}
		return new View(text(incoming, "initiatives.new.stage"), Keyboards.rows(buttons, 2));
	}

	View following(Incoming incoming, Educator educator) {
		List<Initiative> followed = this.initiatives.following(educator);
		StringBuilder html = new StringBuilder(text(incoming, "initiatives.following.heading")).append("\n\n");
		if (followed.isEmpty()) {
			html.append(text(incoming, "initiatives.following.none"));
		}
		List<List<InlineKeyboardButton>> rows = new ArrayList<>();
		followed.forEach((initiative) -> rows
			.add(List.of(Keyboards.button(initiative.title(), InitiativeButton.on(Action.CARD, initiative.id())))));
		rows.add(List.of(button(incoming, "initiatives.button.find", InitiativeButton.find(0, InitiativeFilter.ANY)),
				button(incoming, "initiatives.button.mine", InitiativeButton.on(Action.HUB, 0))));
		return new View(html.toString(), grid(rows));
	}

	View settings(Incoming incoming, Educator educator) {
		Preferences preferences = this.initiatives.preferences(educator);
		String on = text(incoming, "initiatives.settings.on");
		String off = text(incoming, "initiatives.settings.off");
		String html = text(incoming, "initiatives.settings.heading") + "\n\n"
				+ this.replies.text(incoming, "initiatives.settings.digests",
						Map.of("value", preferences.digestsInPrivate() ? on : off))
				+ "\n" + this.replies.text(incoming, "initiatives.settings.partners",
						Map.of("value", preferences.partnerSuggestions() ? on : off));
		List<List<InlineKeyboardButton>> rows = List.of(
				List.of(button(incoming,
						preferences.digestsInPrivate() ? "initiatives.button.digestsOff"
								: "initiatives.button.digestsOn",
						InitiativeButton.on(Action.TOGGLE_DIGESTS, 0))),
				List.of(button(incoming,
						preferences.partnerSuggestions() ? "initiatives.button.partnersOff"
								: "initiatives.button.partnersOn",
						InitiativeButton.on(Action.TOGGLE_PARTNERS, 0))),
				List.of(button(incoming, "initiatives.button.mine", InitiativeButton.on(Action.HUB, 0))));
		return new View(html, grid(rows));
	}

	/**
	 * An update's card: the initiative's title, author and date, text, and its buttons.
	 */
	View update(Incoming incoming, UpdateView view) {
		return update(incoming, view, true);
	}

	/**
	 * The card with the update's text in it, or without (when the text goes before it).
	 */
	View update(Incoming incoming, UpdateView view, boolean withText) {
		InitiativeUpdate update = view.update();
		StringBuilder html = new StringBuilder("<b>").append(Html.escape(view.initiative().title())).append("</b>\n");
		html.append("<i>")
			.append(Html.escape(view.author().displayName()))
			.append(" · ")
			.append(date(incoming, update.createdAt()));
		if (update.editedAt().filter((at) -> at.isAfter(update.createdAt())).isPresent()) {
			html.append(" · ").append(text(incoming, "initiatives.update.edited"));
		}
		html.append("</i>");
		if (withText) {
			update.text().ifPresent((text) -> html.append("\n\n").append(Html.escape(text)));
		}
		if (update.mediaKind() == MediaKind.PHOTOS && update.text().isEmpty()) {
			html.append("\n\n")
				.append(this.replies.text(incoming, "initiatives.update.photos",
						Map.of("count", update.files().size())));
		}
		long id = update.id();
		List<List<InlineKeyboardButton>> rows = new ArrayList<>();
		if (view.mine()) {
			html.append("\n\n")
				.append(this.replies.text(incoming, "initiatives.update.useful", Map.of("count", view.useful())));
			update.hiddenReason()
				.ifPresent((reason) -> html.append("\n")
					.append(this.replies.text(incoming, "initiatives.update.hidden",
							Map.of("reason", Html.escape(reason)))));
			rows.add(List.of(button(incoming, "initiatives.button.editText", InitiativeButton.on(Action.EDIT_TEXT, id)),
					button(incoming, "initiatives.button.delete", InitiativeButton.on(Action.DELETE, id))));
		}
		else {
			rows.add(List.of(
					button(incoming,
							view.usefulToViewer() ? "initiatives.button.usefulMarked" : "initiatives.button.useful",
							InitiativeButton.on(Action.USEFUL, id)),
					button(incoming, "initiatives.button.reply", InitiativeButton.on(Action.REPLY, id))));
			rows.add(List.of(button(incoming, "initiatives.button.report", InitiativeButton.on(Action.REPORT, id)),
					button(incoming, "initiatives.button.open",
							InitiativeButton.on(Action.CARD, view.initiative().id()))));
		}
		return new View(html.toString(), grid(rows));
	}

	/** A date as the educator's language writes it, in their time zone. */
	static String date(Incoming incoming, java.time.Instant instant) {
		DateFormat format = DateFormat.getDateInstance(DateFormat.MEDIUM, incoming.language().locale());
		format.setTimeZone(TimeZone.getTimeZone(incoming.zone().getId()));
		return format.format(Date.from(instant));
	}

	String text(Incoming incoming, String key) {
		return this.replies.text(incoming, key);
	}

	InlineKeyboardButton button(Incoming incoming, String key, InitiativeButton data) {
		return Keyboards.button(this.replies.text(incoming, key), data);
	}

	static InlineKeyboardMarkup grid(List<List<InlineKeyboardButton>> rows) {
		return InlineKeyboardMarkup.builder().keyboard(rows.stream().map(InlineKeyboardRow::new).toList()).build();
	}

	static Optional<Long> updateOf(InlineKeyboardMarkup keyboard) {
		if (keyboard == null || keyboard.getKeyboard() == null) {
			return Optional.empty();
		}
		return keyboard.getKeyboard()
			.stream()
			.flatMap(List::stream)
			.map(InlineKeyboardButton::getCallbackData)
			.filter((data) -> data != null && data.startsWith(InitiativeButton.TYPE.prefix() + ":"))
			.map((data) -> InitiativeButton.decode(data.substring(InitiativeButton.TYPE.prefix().length() + 1)))
			.flatMap(Optional::stream)
			.filter((button) -> button.action() == Action.REPORT || button.action() == Action.EDIT_TEXT)
			.map(InitiativeButton::id)
			.findFirst();
	}

	/** The peer groups of the educator by id, for the flow's choices. */
	List<PeerGroup> groups(Educator educator) {
		return this.initiatives.groupsOf(educator);
	}

}
