package org.socialchange.platform.admin.groups;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.socialchange.platform.admin.SignedIn;
import org.socialchange.platform.coordinators.Coordinator;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.OutOfScope;
import org.socialchange.platform.educators.Topic;
import org.socialchange.platform.educators.Visibility;
import org.socialchange.platform.groups.DigestSchedule;
import org.socialchange.platform.groups.GroupAccess;
import org.socialchange.platform.groups.JoinOutcome;
import org.socialchange.platform.groups.JoinPolicy;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.identity.BotUsername;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Peer groups in the admin web: the list of the account's groups, the form to create
 * (coordinators) or edit one (also its facilitators), and a group's page with its members
 * as the account may see them, join requests to decide, the invite link and the linked
 * Telegram chat. Scopes are the core's: an id outside them answers 404.
 */
@Controller
class GroupsController {

	private final PeerGroupManagement groups;

	private final CoordinatorManagement coordinators;

	private final ObjectProvider<BotUsername> bot;

	private final MessageSource messages;

	private final Messages botMessages;

	GroupsController(PeerGroupManagement groups, CoordinatorManagement coordinators, ObjectProvider<BotUsername> bot,
			MessageSource messages, Messages botMessages) {
		this.groups = groups;
		this.coordinators = coordinators;
		this.bot = bot;
		this.messages = messages;
		this.botMessages = botMessages;
	}

	/**
	 * The t.me link of an invite, or its bare payload while the bot's name is unknown.
	 */
	static String link(ObjectProvider<BotUsername> bot, String payload) {
		BotUsername username = bot.getIfAvailable();
		return (username != null) ? username.startLink(payload).orElse(payload) : payload;
	}

	static GroupAccess access(SignedIn signedIn) {
		return new GroupAccess(signedIn.id(), signedIn.email(), signedIn.role(), signedIn.scope());
	}

	@GetMapping("/groups")
	String list(@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		Language language = adminLanguage();
		model.addAttribute("groups",
				this.groups.all(access(signedIn))
					.stream()
					.map((group) -> new Row(group.id(), group.name(language), place(group),
							message("broadcasts.network." + group.network().name()),
							message("groups.policy." + group.joinPolicy().name()), this.groups.memberCount(group.id()),
							group.capacity().orElse(null), group.chatId().isPresent()))
					.toList());
		model.addAttribute("mayCreate", mayPlace(signedIn));
		return "groups/list";
	}

	@GetMapping("/groups/new")
	String create(@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		if (!mayPlace(signedIn)) {
			throw new OutOfScope("Only coordinators create groups");
		}
		return form(model, new GroupForm(), List.of(), signedIn, null);
	}

	@PostMapping("/groups")
	String save(@ModelAttribute("form") GroupForm form, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			Model model, RedirectAttributes redirect) {
		List<String> errors = form.errors();
		if (!errors.isEmpty()) {
			return form(model, form, errors, signedIn, null);
		}
		try {
			PeerGroup group = this.groups.create(form.draft(), access(signedIn));
			redirect.addFlashAttribute("notice", message("groups.created"));
			return "redirect:/groups/" + group.id();
		}
		catch (IllegalArgumentException ex) {
			return form(model, form, List.of("groups.error.facilitators"), signedIn, null);
		}
	}

	@GetMapping("/groups/{id}")
	String show(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		GroupAccess access = access(signedIn);
		PeerGroup group = this.groups.find(id, access);
		Language language = adminLanguage();
		model.addAttribute("group", group);
		model.addAttribute("name", group.name(language));
		model.addAttribute("place", place(group));
		model.addAttribute("networkLabel", message("broadcasts.network." + group.network().name()));
		model.addAttribute("policyLabel", message("groups.policy." + group.joinPolicy().name()));
		Map<Visibility, String> visibilityLabels = new EnumMap<>(Visibility.class);
		for (Visibility visibility : Visibility.values()) {
			visibilityLabels.put(visibility, message("groups.visibility." + visibility.name()));
		}
		model.addAttribute("visibilityLabels", visibilityLabels);
		model.addAttribute("topics", group.topics().stream().map((topic) -> topic(topic, language)).toList());
		model.addAttribute("texts",
				group.texts()
					.entrySet()
					.stream()
					.map((entry) -> new Text(entry.getKey().code(), entry.getKey().nativeName(),
							entry.getValue().name(), entry.getValue().description()))
					.toList());
		model.addAttribute("members", this.groups.members(id, access));
		model.addAttribute("requests", this.groups.requests(id, access));
		model.addAttribute("memberCount", this.groups.memberCount(id));
		model.addAttribute("inviteLink",
				group.inviteToken().map((token) -> GroupsController.link(this.bot, token)).orElse(null));
		model.addAttribute("facilitators",
				group.facilitators()
					.stream()
					.map(this.coordinators::find)
					.flatMap(java.util.Optional::stream)
					.map(Coordinator::email)
					.sorted()
					.toList());
		model.addAttribute("mayChange", signedIn.role() != CoordinatorRole.VIEWER);
		digestOptions(model, group.digest());
		return "groups/show";
	}

	/** The digest schedule and the choices of its form. */
	private void digestOptions(Model model, DigestSchedule digest) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("digest", digest);
		model.addAttribute("digestFrequencies",
				Arrays.stream(DigestSchedule.Frequency.values())
					.map((frequency) -> new Option(frequency.name(),
							message("groups.digest.frequency." + frequency.name()), frequency == digest.frequency()))
					.toList());
		model.addAttribute("digestDays",
				Arrays.stream(DayOfWeek.values())
					.map((day) -> new Option(day.name(), day.getDisplayName(TextStyle.FULL_STANDALONE, locale),
							day == digest.day()))
					.toList());
		model.addAttribute("digestHours", java.util.stream.IntStream.range(0, 24)
			.mapToObj((hour) -> new Option(String.valueOf(hour), String.format("%02d:00", hour), hour == digest.hour()))
			.toList());
		java.util.Set<String> zones = new java.util.LinkedHashSet<>();
		zones.add(digest.zone().getId());
		Arrays.stream(Country.values())
			.forEach((country) -> country.zone().ifPresent((zone) -> zones.add(zone.getId())));
		zones.add("UTC");
		model.addAttribute("digestZones",
				zones.stream().map((zone) -> new Option(zone, zone, zone.equals(digest.zone().getId()))).toList());
	}

	@PostMapping("/groups/{id}/digest")
	String digest(@PathVariable long id, @RequestParam String frequency, @RequestParam String day,
			@RequestParam int hour, @RequestParam String zone, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			RedirectAttributes redirect) {
		DigestSchedule schedule;
		try {
			schedule = new DigestSchedule(DigestSchedule.Frequency.valueOf(frequency), DayOfWeek.valueOf(day), hour,
					java.time.ZoneId.of(zone));
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("notice", message("groups.digest.invalid"));
			return "redirect:/groups/" + id;
		}
		this.groups.digest(id, schedule, access(signedIn));
		redirect.addFlashAttribute("notice", message("groups.digest.saved"));
		return "redirect:/groups/" + id;
	}

	@GetMapping("/groups/{id}/edit")
	String edit(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		PeerGroup group = this.groups.find(id, access(signedIn));
		if (signedIn.role() == CoordinatorRole.VIEWER) {
			throw new OutOfScope("A viewer changes no group");
		}
		return form(model, GroupForm.of(group), List.of(), signedIn, group);
	}

	@PostMapping("/groups/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") GroupForm form,
			@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model, RedirectAttributes redirect) {
		PeerGroup group = this.groups.find(id, access(signedIn));
		if (!mayPlace(signedIn)) {
			// a facilitator's form has no place fields: the group keeps its own
			GroupForm placed = GroupForm.of(group);
			form.setCountry(placed.getCountry());
			form.setNetwork(placed.getNetwork());
			form.setFacilitators(placed.getFacilitators());
		}
		List<String> errors = form.errors();
		if (!errors.isEmpty()) {
			return form(model, form, errors, signedIn, group);
		}
		try {
			this.groups.edit(id, form.draft(), access(signedIn));
		}
		catch (IllegalArgumentException ex) {
			return form(model, form, List.of("groups.error.facilitators"), signedIn, group);
		}
		redirect.addFlashAttribute("notice", message("groups.saved"));
		return "redirect:/groups/" + id;
	}

	@PostMapping("/groups/{id}/invite")
	String renewInvite(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			RedirectAttributes redirect) {
		this.groups.renewInvite(id, access(signedIn));
		redirect.addFlashAttribute("notice", message("groups.invite.renewed"));
		return "redirect:/groups/" + id;
	}

	@PostMapping("/groups/{id}/invite/revoke")
	String revokeInvite(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			RedirectAttributes redirect) {
		this.groups.revokeInvite(id, access(signedIn));
		redirect.addFlashAttribute("notice", message("groups.invite.revoked"));
		return "redirect:/groups/" + id;
	}

	@PostMapping("/groups/{id}/chat/code")
	String chatCode(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			RedirectAttributes redirect) {
		String code = this.groups.offerChatLink(id, access(signedIn));
		redirect.addFlashAttribute("chatCode", code);
		redirect.addFlashAttribute("chatCodeMinutes", PeerGroupManagement.CHAT_CODE_VALIDITY.toMinutes());
		return "redirect:/groups/" + id;
	}

	@PostMapping("/groups/{id}/chat/unlink")
	String unlinkChat(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			RedirectAttributes redirect) {
		this.groups.unlinkChat(id, access(signedIn));
		redirect.addFlashAttribute("notice", message("groups.chat.unlinked"));
		return "redirect:/groups/" + id;
	}

	@PostMapping("/groups/{id}/requests/{educator}/approve")
	String approve(@PathVariable long id, @PathVariable long educator,
			@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, RedirectAttributes redirect) {
		JoinOutcome outcome = this.groups.decide(id, EducatorId.of(educator), true, access(signedIn));
		redirect.addFlashAttribute("notice", message((outcome == JoinOutcome.FULL) ? "groups.request.full"
				: (outcome == JoinOutcome.JOINED) ? "groups.request.approved" : "groups.request.gone"));
		return "redirect:/groups/" + id;
	}

	@PostMapping("/groups/{id}/requests/{educator}/decline")
	String decline(@PathVariable long id, @PathVariable long educator,
			@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, RedirectAttributes redirect) {
		JoinOutcome outcome = this.groups.decide(id, EducatorId.of(educator), false, access(signedIn));
		redirect.addFlashAttribute("notice",
				message((outcome == JoinOutcome.REQUESTED) ? "groups.request.declined" : "groups.request.gone"));
		return "redirect:/groups/" + id;
	}

	private String form(Model model, GroupForm form, List<String> errors, SignedIn signedIn, PeerGroup group) {
		Locale locale = LocaleContextHolder.getLocale();
		Language language = adminLanguage();
		boolean places = mayPlace(signedIn);
		model.addAttribute("form", form);
		model.addAttribute("group", group);
		model.addAttribute("places", places);
		model.addAttribute("errors", errors.stream().map(this::message).toList());
		model.addAttribute("languages",
				Arrays.stream(Language.values())
					.map((each) -> new Text(each.code(), each.nativeName(), form.name(each), form.description(each)))
					.toList());
		model.addAttribute("topics", Arrays.stream(Topic.values())
			.map((topic) -> new Option(topic.name(), topic(topic, language), form.getTopics().contains(topic.name())))
			.toList());
		List<Option> countries = new java.util.ArrayList<>();
		if (signedIn.scope().countries().isEmpty()) {
			countries.add(new Option(GroupForm.INTERNATIONAL, message("groups.international"),
					GroupForm.INTERNATIONAL.equals(form.getCountry())));
		}
		countries.addAll(ScopeOptions.countries(signedIn, locale, form.getCountry()::equals));
		model.addAttribute("countries", countries);
		model.addAttribute("networks", ScopeOptions.networks(signedIn,
				(network) -> message("broadcasts.network." + network.name()), form.getNetwork()::equals));
		model.addAttribute("policies",
				Arrays.stream(JoinPolicy.values())
					.map((policy) -> new Option(policy.name(), message("groups.policy." + policy.name()),
							policy.name().equals(form.getJoinPolicy())))
					.toList());
		model.addAttribute("facilitatorOptions", this.coordinators.all()
			.stream()
			.filter((account) -> !account.disabled()
					&& (account.role() == CoordinatorRole.FACILITATOR || account.role() == CoordinatorRole.COORDINATOR))
			.map((account) -> new Option(Long.toString(account.id()), account.email(),
					form.getFacilitators().contains(account.id())))
			.toList());
		return "groups/form";
	}

	private boolean mayPlace(SignedIn signedIn) {
		return signedIn.role() == CoordinatorRole.ADMINISTRATOR || signedIn.role() == CoordinatorRole.COORDINATOR;
	}

	private String place(PeerGroup group) {
		return group.country()
			.map((country) -> new Locale("", country.name()).getDisplayCountry(LocaleContextHolder.getLocale()))
			.orElseGet(() -> message("groups.international"));
	}

	private String topic(Topic topic, Language language) {
		return this.botMessages.format(language, "topic." + topic.name());
	}

	/**
	 * The language of the admin web's page, for texts that come from the bot's catalogue.
	 */
	static Language adminLanguage() {
		return Language.fromCode(LocaleContextHolder.getLocale().getLanguage()).orElse(Language.EN);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** One group in the list. */
	record Row(long id, String name, String place, String network, String policy, long members, Integer capacity,
			boolean chatLinked) {
	}

	/** A group's text in one language. */
	record Text(String code, String nativeName, String name, String description) {
	}

	/** A checkbox, radio button or option of the form. */
	record Option(String value, String label, boolean checked) {
	}

}
