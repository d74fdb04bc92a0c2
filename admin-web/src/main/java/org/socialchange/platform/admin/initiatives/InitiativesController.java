package org.socialchange.platform.admin.initiatives;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.socialchange.platform.admin.SignedIn;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.FreeText;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.initiatives.Initiative;
import org.socialchange.platform.initiatives.InitiativeFilter;
import org.socialchange.platform.initiatives.InitiativeModeration;
import org.socialchange.platform.initiatives.InitiativePage;
import org.socialchange.platform.initiatives.InitiativeSummary;
import org.socialchange.platform.initiatives.ModeratedUpdate;
import org.socialchange.platform.initiatives.Stage;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Initiatives and their updates for coordinators, within their scope: a filtered list, an
 * initiative with all its updates (hidden ones marked), the queue of reported updates;
 * hiding an update (its author is told why) and dismissing reports, both audited.
 */
@Controller
class InitiativesController {

	static final int PAGE_SIZE = 20;

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

	private final InitiativeModeration moderation;

	private final MessageSource messages;

	private final Messages botMessages;

	InitiativesController(InitiativeModeration moderation, MessageSource messages, Messages botMessages) {
		this.moderation = moderation;
		this.messages = messages;
		this.botMessages = botMessages;
	}

	@GetMapping("/initiatives")
	String list(@RequestParam(required = false) String words, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String country, @RequestParam(required = false) String stage,
			@RequestParam(defaultValue = "0") int page, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			Model model) {
		InitiativeFilter filter = new InitiativeFilter(blankToNull(words), parse(Topic.class, topic),
				parse(Country.class, country), parse(Stage.class, stage));
		InitiativePage found = this.moderation.initiatives(signedIn.scope(), filter, page, PAGE_SIZE);
		model.addAttribute("rows", found.items().stream().map(this::row).toList());
		model.addAttribute("page", found.page());
		model.addAttribute("hasNext", found.hasNext());
		model.addAttribute("words", (words != null) ? words : "");
		Language language = language();
		model.addAttribute("topics",
				Arrays.stream(Topic.values())
					.map((each) -> new Option(each.name(), this.botMessages.format(language, "topic." + each.name()),
							each == filter.topic()))
					.toList());
		model.addAttribute("countries",
				Arrays.stream(Country.values())
					.filter((each) -> each != Country.OTHER)
					.map((each) -> new Option(each.name(), countryName(each), each == filter.country()))
					.toList());
		model.addAttribute("stages",
				Arrays.stream(Stage.values())
					.map((each) -> new Option(each.name(), this.botMessages.format(language, "stage." + each.name()),
							each == filter.stage()))
					.toList());
		model.addAttribute("openReports", this.moderation.openReports(signedIn.scope()));
		return "initiatives/list";
	}

	@GetMapping("/initiatives/{id}")
	String show(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		InitiativeSummary summary = this.moderation.initiative(id, signedIn.scope());
		model.addAttribute("initiative", row(summary));
		model.addAttribute("summary", summary.initiative().summary());
		model.addAttribute("updates",
				this.moderation.updates(id, signedIn.scope()).stream().map(this::update).toList());
		model.addAttribute("mayModerate", mayModerate(signedIn));
		return "initiatives/show";
	}

	@GetMapping("/reports")
	String reports(@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		model.addAttribute("updates", this.moderation.reported(signedIn.scope()).stream().map(this::update).toList());
		model.addAttribute("mayModerate", mayModerate(signedIn));
		return "initiatives/reports";
	}

	@PostMapping("/updates/{id}/hide")
	String hide(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String back, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			RedirectAttributes redirect) {
		ModeratedUpdate update = this.moderation.update(id, signedIn.scope())
			.orElseThrow(() -> new org.socialchange.platform.initiatives.InitiativeNotFound("update", id));
		try {
			this.moderation.hide(id, reason, signedIn.email(), signedIn.scope());
			redirect.addFlashAttribute("notice", message("initiatives.hidden"));
		}
		catch (FreeText.InvalidText ex) {
			redirect.addFlashAttribute("notice", message("initiatives.reasonNeeded"));
		}
		return "reports".equals(back) ? "redirect:/reports" : "redirect:/initiatives/" + update.initiative().id();
	}

	@PostMapping("/updates/{id}/dismiss")
	String dismiss(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			RedirectAttributes redirect) {
		this.moderation.dismiss(id, signedIn.email(), signedIn.scope());
		redirect.addFlashAttribute("notice", message("initiatives.dismissed"));
		return "redirect:/reports";
	}

	private Row row(InitiativeSummary summary) {
		Initiative initiative = summary.initiative();
		Language language = language();
		return new Row(initiative.id(), initiative.title(), summary.author().displayName(),
				initiative.country().map(this::countryName).orElse(""),
				initiative.place().or(() -> summary.author().region()).orElse(""),
				this.botMessages.format(language, "stage." + initiative.stage().name()),
				initiative.sortedTopics()
					.stream()
					.map((topic) -> this.botMessages.format(language, "topic." + topic.name()))
					.toList(),
				MINUTES.format(initiative.lastActivityAt().atOffset(ZoneOffset.UTC)), initiative.archived());
	}

	private UpdateRow update(ModeratedUpdate moderated) {
		return new UpdateRow(moderated.update().id(), moderated.initiative().id(), moderated.initiative().title(),
				moderated.author().displayName(), moderated.update().text().orElse(""),
				moderated.update().files().size(),
				MINUTES.format(moderated.update().createdAt().atOffset(ZoneOffset.UTC)),
				moderated.update().hiddenReason().orElse(null), moderated.openReports(), moderated.reasons());
	}

	private String countryName(Country country) {
		return new Locale("", country.name()).getDisplayCountry(LocaleContextHolder.getLocale());
	}

	private static boolean mayModerate(SignedIn signedIn) {
		return signedIn.role() == CoordinatorRole.ADMINISTRATOR || signedIn.role() == CoordinatorRole.COORDINATOR;
	}

	private static Language language() {
		return Language.fromCode(LocaleContextHolder.getLocale().getLanguage()).orElse(Language.EN);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	record Option(String value, String label, boolean selected) {
	}

	record Row(long id, String title, String author, String country, String place, String stage, List<String> topics,
			String lastActivity, boolean archived) {
	}

	record UpdateRow(long id, long initiativeId, String initiative, String author, String text, int files,
			String postedAt, String hiddenReason, int openReports, List<String> reasons) {
	}

}
