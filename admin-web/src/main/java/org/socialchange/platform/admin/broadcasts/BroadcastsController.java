package org.socialchange.platform.admin.broadcasts;

import java.security.Principal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.admin.SignedIn;
import org.socialchange.platform.broadcasts.AudiencePreview;
import org.socialchange.platform.broadcasts.Broadcast;
import org.socialchange.platform.broadcasts.BroadcastManagement;
import org.socialchange.platform.broadcasts.BroadcastNotFound;
import org.socialchange.platform.broadcasts.BroadcastProgress;
import org.socialchange.platform.broadcasts.SelfApprovalRefused;
import org.socialchange.platform.broadcasts.TelegramNotLinked;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.TelegramLink;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.OutOfScope;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.translations.Language;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Broadcasts in the admin web: the list, the form with a live audience count and
 * previews, scheduling, the live progress of one broadcast, and cancelling it.
 */
@Controller
class BroadcastsController {

	static final String NETWORK_KEY = "broadcasts.network.";

	private static final ZoneId UTC = ZoneId.of("UTC");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final BroadcastManagement broadcasts;

	private final MessageSource messages;

	private final AuditLog audit;

	private final CoordinatorManagement coordinators;

	private final PeerGroupManagement groups;

	BroadcastsController(BroadcastManagement broadcasts, MessageSource messages, AuditLog audit,
			CoordinatorManagement coordinators, PeerGroupManagement groups) {
		this.groups = groups;
		this.broadcasts = broadcasts;
		this.messages = messages;
		this.audit = audit;
		this.coordinators = coordinators;
	}

	@GetMapping("/broadcasts")
	String list(@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		List<Row> rows = this.broadcasts.all(signedIn.scope())
			.stream()
			.map((broadcast) -> new Row(broadcast, this.broadcasts.progress(broadcast.id(), signedIn.scope())))
			.toList();
		model.addAttribute("broadcasts", rows);
		model.addAttribute("awaitingApproval", this.broadcasts.awaitingApproval(signedIn.scope()));
		return "broadcasts/list";
	}

	@GetMapping("/broadcasts/new")
	String compose(@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		return form(model, BroadcastForm.empty(), List.of(), signedIn);
	}

	@GetMapping("/broadcasts/audience")
	@ResponseBody
	Map<String, Object> audience(@ModelAttribute BroadcastForm form,
			@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn) {
		AudiencePreview preview = this.broadcasts.preview(form.draft(), signedIn.scope());
		Map<String, Long> perLanguage = new LinkedHashMap<>();
		preview.perLanguage().forEach((language, count) -> perLanguage.put(language.code(), count));
		return Map.of("total", preview.total(), "fallback", preview.fallback(), "perLanguage", perLanguage);
	}

	@PostMapping("/broadcasts")
	String schedule(@ModelAttribute BroadcastForm form, Principal coordinator,
			@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model, RedirectAttributes redirect) {
		List<String> errors = form.errors();
		if (!errors.isEmpty()) {
			return form(model, form, errors, signedIn);
		}
		Broadcast broadcast = this.broadcasts.schedule(form.draft(), coordinator.getName(), signedIn.scope());
		redirect.addFlashAttribute("notice",
				broadcast.awaitingApproval() ? message("broadcasts.submitted", broadcast.recipients())
						: message("broadcasts.scheduled", broadcast.recipients()));
		return "redirect:/broadcasts/" + broadcast.id();
	}

	@PostMapping("/broadcasts/test")
	String test(@ModelAttribute BroadcastForm form, Principal coordinator,
			@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		List<String> errors = new ArrayList<>(form.testErrors());
		if (errors.isEmpty()) {
			try {
				this.broadcasts.sendTest(form.draft(), form.testLanguageValue(), coordinator.getName(),
						signedIn.scope());
				model.addAttribute("notice", message("broadcasts.test.sent"));
			}
			catch (TelegramNotLinked ex) {
				errors.add("broadcasts.error.notLinked");
			}
		}
		return form(model, form, errors, signedIn);
	}

	@GetMapping("/broadcasts/{id}")
	String show(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		Broadcast broadcast = this.broadcasts.find(id, signedIn.scope());
		model.addAttribute("broadcast", broadcast);
		model.addAttribute("ownBroadcast", broadcast.createdBy().equalsIgnoreCase(signedIn.email()));
		model.addAttribute("progress", this.broadcasts.progress(id, signedIn.scope()));
		model.addAttribute("sendAt", broadcast.sendAt().map((at) -> format(at, broadcast.zone())).orElse(""));
		model.addAttribute("expiresAt", broadcast.expiresAt().map((at) -> format(at, broadcast.zone())).orElse("—"));
		model.addAttribute("history", this.audit.aboutBroadcast(id)
			.stream()
			.map((entry) -> new HistoryEntry(format(entry.at(), UTC), entry.actor(), entry.action(), entry.details()))
			.toList());
		return "broadcasts/show";
	}

	@GetMapping("/broadcasts/{id}/progress")
	@ResponseBody
	BroadcastProgressView progress(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn) {
		return BroadcastProgressView.of(this.broadcasts.progress(id, signedIn.scope()));
	}

	@PostMapping("/broadcasts/{id}/approve")
	String approve(@PathVariable long id, Principal coordinator,
			@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, RedirectAttributes redirect) {
		if (this.broadcasts.find(id, signedIn.scope()).awaitingApproval()) {
			try {
				Broadcast broadcast = this.broadcasts.approve(id, coordinator.getName(), signedIn.scope());
				redirect.addFlashAttribute("notice", message("broadcasts.approved", broadcast.recipients()));
			}
			catch (SelfApprovalRefused ex) {
				redirect.addFlashAttribute("notice", message("broadcasts.error.selfApproval"));
			}
		}
		return "redirect:/broadcasts/" + id;
	}

	@PostMapping("/broadcasts/{id}/reject")
	String reject(@PathVariable long id, Principal coordinator, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			RedirectAttributes redirect) {
		if (this.broadcasts.find(id, signedIn.scope()).awaitingApproval()) {
			this.broadcasts.reject(id, coordinator.getName(), signedIn.scope());
			redirect.addFlashAttribute("notice", message("broadcasts.rejected"));
		}
		return "redirect:/broadcasts/" + id;
	}

	@PostMapping("/broadcasts/{id}/cancel")
	String cancel(@PathVariable long id, Principal coordinator, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			RedirectAttributes redirect) {
		Broadcast broadcast = this.broadcasts.find(id, signedIn.scope());
		if (!broadcast.cancelled() && !broadcast.awaitingApproval()) {
			BroadcastProgress progress = this.broadcasts.cancel(id, coordinator.getName(), signedIn.scope());
			redirect.addFlashAttribute("notice", message("broadcasts.cancelled", progress.cancelled()));
		}
		return "redirect:/broadcasts/" + id;
	}

	@ExceptionHandler({ BroadcastNotFound.class, OutOfScope.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	@ExceptionHandler(BroadcastForm.BadAudience.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	@ResponseBody
	Map<String, String> badAudience(BroadcastForm.BadAudience ex) {
		return Map.of("error", ex.getMessage());
	}

	private String form(Model model, BroadcastForm form, List<String> errors, SignedIn signedIn) {
		EducatorScope scope = signedIn.scope();
		model.addAttribute("form", form);
		model.addAttribute("telegram",
				this.coordinators.telegram(signedIn.email()).map(TelegramLink::name).orElse(null));
		model.addAttribute("errors", errors.stream().map((key) -> message(key)).toList());
		Locale locale = LocaleContextHolder.getLocale();
		Map<Language, String> texts = form.texts();
		model
			.addAttribute("texts",
					Arrays.stream(Language.values())
						.map((language) -> new LanguageText(language.code(), language.nativeName(),
								"text" + Character.toUpperCase(language.code().charAt(0))
										+ language.code().substring(1),
								texts.get(language)))
						.toList());
		model.addAttribute("countries", Arrays.stream(Country.values())
			.filter((country) -> country != Country.OTHER)
			.filter((country) -> scope.countries().isEmpty() || scope.countries().contains(country))
			.map((country) -> new Option(country.name(), new Locale("", country.name()).getDisplayCountry(locale),
					form.checked("countries", country.name())))
			.toList());
		model.addAttribute("languageOptions",
				Arrays.stream(Language.values())
					.map((language) -> new Option(language.code(), language.nativeName(),
							form.checked("languages", language.code())))
					.toList());
		model.addAttribute("networks",
				Arrays.stream(Network.values())
					.filter((network) -> scope.networks().isEmpty() || scope.networks().contains(network))
					.map((network) -> new Option(network.name(), message(NETWORK_KEY + network.name()),
							form.checked("networks", network.name())))
					.toList());
		Language pageLanguage = Language.fromCode(locale.getLanguage()).orElse(Language.EN);
		model.addAttribute("groupOptions",
				this.groups.inScope(scope)
					.stream()
					.map((group) -> new Option(Long.toString(group.id()), group.name(pageLanguage),
							form.groupChecked(group.id())))
					.toList());
		model.addAttribute("zones", BroadcastForm.ZONES);
		return "broadcasts/form";
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** One line of a broadcast's audit history. */
	record HistoryEntry(String at, String actor, String action, String details) {
	}

	/** A language's text field in the form. */
	record LanguageText(String code, String nativeName, String field, String text) {
	}

	/** A checkbox of the audience filter. */
	record Option(String value, String label, boolean checked) {
	}

	private static String format(Instant instant, ZoneId zone) {
		return MINUTES.format(instant.atZone(zone)) + " " + zone.getId();
	}

	/** One broadcast in the list with how far it got. */
	record Row(Broadcast broadcast, BroadcastProgress progress) {

		public String created() {
			return format(this.broadcast.createdAt(), UTC);
		}

	}

	/** The progress as the live view reads it. */
	record BroadcastProgressView(long total, long sent, long pending, long failed, long blocked, long expired,
			long cancelled, int percent, double rate, boolean finished) {

		static BroadcastProgressView of(BroadcastProgress progress) {
			return new BroadcastProgressView(progress.total(), progress.sent(), progress.pending(), progress.failed(),
					progress.blocked(), progress.expired(), progress.cancelled(), progress.percent(),
					progress.ratePerSecond(), progress.finished());
		}

	}

}
