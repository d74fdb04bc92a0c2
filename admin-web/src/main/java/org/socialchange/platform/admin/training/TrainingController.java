package org.socialchange.platform.admin.training;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.socialchange.platform.admin.SignedIn;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.groups.GroupAccess;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.training.Audience;
import org.socialchange.platform.training.AudienceKind;
import org.socialchange.platform.training.Program;
import org.socialchange.platform.training.ProgramManagement;
import org.socialchange.platform.training.ProgramManagement.InvalidProgram;
import org.socialchange.platform.training.ProgramManagement.ProgramOutOfScope;
import org.socialchange.platform.training.ProgramNotFound;
import org.socialchange.platform.training.ProgramSchedule;
import org.socialchange.platform.translations.Language;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Training programs in the admin web: the list of the account's programs, the editor of a
 * program, and its page with the prompts in order, the languages they lack, who it
 * enrols, and starting or archiving it. Scopes are the core's: an id outside them answers
 * 404.
 */
@Controller
class TrainingController {

	private final ProgramManagement programs;

	private final PeerGroupManagement groups;

	private final MessageSource messages;

	TrainingController(ProgramManagement programs, PeerGroupManagement groups, MessageSource messages) {
		this.programs = programs;
		this.groups = groups;
		this.messages = messages;
	}

	static GroupAccess access(SignedIn signedIn) {
		return new GroupAccess(signedIn.id(), signedIn.email(), signedIn.role(), signedIn.scope());
	}

	/** The language of the page, for texts written per language. */
	static Language adminLanguage() {
		return Language.fromCode(LocaleContextHolder.getLocale().getLanguage()).orElse(Language.EN);
	}

	static boolean mayChange(SignedIn signedIn) {
		return signedIn.role() == CoordinatorRole.ADMINISTRATOR || signedIn.role() == CoordinatorRole.COORDINATOR;
	}

	@GetMapping("/training")
	String list(@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		Language language = adminLanguage();
		model.addAttribute("programs",
				this.programs.programs(access(signedIn))
					.stream()
					.map((program) -> new Row(program.id(), program.title(language), place(program), network(program),
							status(program), program.prompts().size(), program.missingLanguages().size()))
					.toList());
		model.addAttribute("mayChange", mayChange(signedIn));
		return "training/list";
	}

	@GetMapping("/training/new")
	String create(@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		ProgramForm form = new ProgramForm();
		form.setStartsOn(LocalDate.now().plusDays(1).toString());
		if (!signedIn.scope().countries().isEmpty() && signedIn.role() != CoordinatorRole.ADMINISTRATOR) {
			form.setCountry(signedIn.scope().countries().iterator().next().name());
		}
		if (!signedIn.scope().networks().isEmpty() && signedIn.role() != CoordinatorRole.ADMINISTRATOR) {
			form.setNetwork(signedIn.scope().networks().iterator().next().name());
		}
		return form(model, form, List.of(), signedIn, null);
	}

	@PostMapping("/training")
	String save(@ModelAttribute("form") ProgramForm form, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			Model model, RedirectAttributes redirect) {
		List<String> errors = form.errors();
		if (!errors.isEmpty()) {
			return form(model, form, errors, signedIn, null);
		}
		try {
			Program program = this.programs.create(form.draft(), access(signedIn));
			redirect.addFlashAttribute("notice", message("training.created"));
			return "redirect:/training/" + program.id();
		}
		catch (InvalidProgram ex) {
			return form(model, form, List.of("training.error." + ex.field()), signedIn, null);
		}
		catch (ProgramOutOfScope | IllegalArgumentException ex) {
			return form(model, form, List.of("training.error.scope"), signedIn, null);
		}
	}

	@GetMapping("/training/{id}/edit")
	String edit(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		Program program = this.programs.program(id, access(signedIn));
		return form(model, ProgramForm.of(program), List.of(), signedIn, program);
	}

	@PostMapping("/training/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") ProgramForm form,
			@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model, RedirectAttributes redirect) {
		Program program = this.programs.program(id, access(signedIn));
		List<String> errors = form.errors();
		if (!errors.isEmpty()) {
			return form(model, form, errors, signedIn, program);
		}
		try {
			this.programs.edit(id, form.draft(), access(signedIn));
		}
		catch (InvalidProgram ex) {
			return form(model, form, List.of("training.error." + ex.field()), signedIn, program);
		}
		catch (ProgramOutOfScope | IllegalArgumentException ex) {
			return form(model, form, List.of("training.error.scope"), signedIn, program);
		}
		redirect.addFlashAttribute("notice", message("training.saved"));
		return "redirect:/training/" + id;
	}

	@GetMapping("/training/{id}")
	String show(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		GroupAccess access = access(signedIn);
		Program program = this.programs.program(id, access);
		Language language = adminLanguage();
		model.addAttribute("program", program);
		model.addAttribute("programTitle", program.title(language));
		model.addAttribute("description", program.description(language));
		model.addAttribute("place", place(program));
		model.addAttribute("network", network(program));
		model.addAttribute("status", status(program));
		model.addAttribute("schedule", schedule(program.schedule()));
		model.addAttribute("missing", names(program.missingLanguages()));
		int last = program.prompts().size() - 1;
		model.addAttribute("prompts",
				program.prompts()
					.stream()
					.map((prompt) -> new PromptRow(prompt.id(), prompt.position() + 1, prompt.text(language).text(),
							message("training.question." + prompt.question().name()), names(prompt.missingLanguages()),
							prompt.position() == 0, prompt.position() == last))
					.toList());
		model.addAttribute("mayChange", mayChange(signedIn));
		audienceOptions(model, program, access, signedIn, language);
		return "training/show";
	}

	@PostMapping("/training/{id}/audiences")
	String enrol(@PathVariable long id, @RequestParam(name = "groups", required = false) List<Long> groupIds,
			@RequestParam(name = "countries", required = false) List<String> countries,
			@RequestParam(name = "networks", required = false) List<String> networks,
			@RequestParam(name = "everyone", defaultValue = "false") boolean everyone,
			@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, RedirectAttributes redirect) {
		GroupAccess access = access(signedIn);
		this.programs.program(id, access);
		List<Audience> audiences = new ArrayList<>();
		if (everyone) {
			audiences.add(new Audience(AudienceKind.ALL, null));
		}
		for (Long group : (groupIds != null) ? groupIds : List.<Long>of()) {
			audiences.add(Audience.group(group));
		}
		for (String country : (countries != null) ? countries : List.<String>of()) {
			if (ProgramForm.parse(Country.class, country) == null) {
				throw new ProgramNotFound(id);
			}
			audiences.add(new Audience(AudienceKind.COUNTRY, country));
		}
		for (String network : (networks != null) ? networks : List.<String>of()) {
			if (ProgramForm.parse(Network.class, network) == null) {
				throw new ProgramNotFound(id);
			}
			audiences.add(new Audience(AudienceKind.NETWORK, network));
		}
		try {
			this.programs.enrol(id, audiences, access);
			redirect.addFlashAttribute("notice", message("training.audiences.saved"));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("notice", message("training.error.audience"));
		}
		return "redirect:/training/" + id;
	}

	@PostMapping("/training/{id}/start")
	String start(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			RedirectAttributes redirect) {
		try {
			this.programs.start(id, access(signedIn));
			redirect.addFlashAttribute("notice", message("training.started"));
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("notice", message("training.error.noPrompts"));
		}
		return "redirect:/training/" + id;
	}

	@PostMapping("/training/{id}/archive")
	String archive(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			RedirectAttributes redirect) {
		this.programs.archive(id, access(signedIn));
		redirect.addFlashAttribute("notice", message("training.archived"));
		return "redirect:/training/" + id;
	}

	private void audienceOptions(Model model, Program program, GroupAccess access, SignedIn signedIn,
			Language language) {
		Set<String> chosen = program.audiences()
			.stream()
			.map((audience) -> audience.kind() + ":" + audience.value())
			.collect(Collectors.toSet());
		model.addAttribute("everyone", chosen.contains(AudienceKind.ALL + ":"));
		model.addAttribute("groupOptions",
				this.groups.all(access)
					.stream()
					.filter((group) -> program.country().isEmpty() || program.country().equals(group.country()))
					.filter((group) -> program.network().isEmpty() || program.network().get() == group.network())
					.map((group) -> new Option(Long.toString(group.id()), group.name(language),
							chosen.contains(AudienceKind.GROUP + ":" + group.id())))
					.toList());
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("countryOptions",
				Arrays.stream(Country.values())
					.filter((country) -> country != Country.OTHER)
					.filter((country) -> program.country().map((own) -> own == country).orElse(true))
					.filter((country) -> signedIn.role() == CoordinatorRole.ADMINISTRATOR
							|| signedIn.scope().countries().isEmpty() || signedIn.scope().countries().contains(country))
					.map((country) -> new Option(country.name(), countryName(country, locale),
							chosen.contains(AudienceKind.COUNTRY + ":" + country.name())))
					.toList());
		model.addAttribute("networkOptions",
				Arrays.stream(Network.values())
					.filter((network) -> program.network().map((own) -> own == network).orElse(true))
					.filter((network) -> signedIn.role() == CoordinatorRole.ADMINISTRATOR
							|| signedIn.scope().networks().isEmpty() || signedIn.scope().networks().contains(network))
					.map((network) -> new Option(network.name(), message("broadcasts.network." + network.name()),
							chosen.contains(AudienceKind.NETWORK + ":" + network.name())))
					.toList());
	}

	private String form(Model model, ProgramForm form, List<String> errors, SignedIn signedIn, Program program) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("form", form);
		model.addAttribute("program", program);
		model.addAttribute("errors", errors.stream().map(this::message).toList());
		model.addAttribute("languages",
				Arrays.stream(Language.values())
					.map((each) -> new Text(each.code(), each.nativeName(), form.title(each), form.description(each)))
					.toList());
		List<Option> countries = new ArrayList<>();
		if (signedIn.role() == CoordinatorRole.ADMINISTRATOR || signedIn.scope().countries().isEmpty()) {
			countries.add(new Option(ProgramForm.INTERNATIONAL, message("training.international"),
					ProgramForm.INTERNATIONAL.equals(form.getCountry())));
		}
		Arrays.stream(Country.values())
			.filter((country) -> country != Country.OTHER)
			.filter((country) -> signedIn.role() == CoordinatorRole.ADMINISTRATOR
					|| signedIn.scope().countries().isEmpty() || signedIn.scope().countries().contains(country))
			.forEach((country) -> countries.add(new Option(country.name(), countryName(country, locale),
					country.name().equals(form.getCountry()))));
		model.addAttribute("countries", countries);
		List<Option> networks = new ArrayList<>();
		if (signedIn.role() == CoordinatorRole.ADMINISTRATOR || signedIn.scope().networks().isEmpty()) {
			networks.add(new Option(ProgramForm.ALL_NETWORKS, message("training.allNetworks"),
					ProgramForm.ALL_NETWORKS.equals(form.getNetwork())));
		}
		Arrays.stream(Network.values())
			.filter((network) -> signedIn.role() == CoordinatorRole.ADMINISTRATOR
					|| signedIn.scope().networks().isEmpty() || signedIn.scope().networks().contains(network))
			.forEach((network) -> networks.add(new Option(network.name(),
					message("broadcasts.network." + network.name()), network.name().equals(form.getNetwork()))));
		model.addAttribute("networks", networks);
		model.addAttribute("weekdays",
				Arrays.stream(DayOfWeek.values())
					.map((day) -> new Option(day.name(), day.getDisplayName(TextStyle.FULL_STANDALONE, locale),
							form.getWeekdays().contains(day.name())))
					.toList());
		return "training/form";
	}

	private String schedule(ProgramSchedule schedule) {
		Locale locale = LocaleContextHolder.getLocale();
		String when = (schedule.everyDays() != null)
				? message("training.schedule.everyDays", schedule.everyDays(), schedule.at(), schedule.startsOn())
				: message("training.schedule.weekdays",
						schedule.weekdays()
							.stream()
							.sorted()
							.map((day) -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale))
							.collect(Collectors.joining(", ")),
						schedule.at(), schedule.startsOn());
		String late = (schedule.lateMinutes() != null)
				? message("training.schedule.lateHours", schedule.lateMinutes() / 60)
				: message("training.schedule.sameDay");
		return when + " " + late;
	}

	private String place(Program program) {
		return program.country()
			.map((country) -> countryName(country, LocaleContextHolder.getLocale()))
			.orElseGet(() -> message("training.international"));
	}

	private String network(Program program) {
		return program.network()
			.map((network) -> message("broadcasts.network." + network.name()))
			.orElseGet(() -> message("training.allNetworks"));
	}

	private String status(Program program) {
		return message("training.status." + program.status().name());
	}

	static String names(Set<Language> languages) {
		return languages.stream().map(Language::code).collect(Collectors.joining(" "));
	}

	private static String countryName(Country country, Locale locale) {
		return new Locale("", country.name()).getDisplayCountry(locale);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** One program in the list. */
	record Row(long id, String title, String place, String network, String status, int prompts, int missing) {
	}

	/** One prompt on the program's page. */
	record PromptRow(long id, int number, String text, String question, String missing, boolean first, boolean last) {
	}

	/** A program's title and description in one language. */
	record Text(String code, String nativeName, String title, String description) {
	}

	/** A checkbox, radio button or option of a form. */
	record Option(String value, String label, boolean checked) {
	}

}
