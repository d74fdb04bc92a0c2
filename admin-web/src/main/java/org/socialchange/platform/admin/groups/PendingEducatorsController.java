package org.socialchange.platform.admin.groups;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.socialchange.platform.admin.SignedIn;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.identity.EducatorId;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Educators who registered without an invite link wait here until a coordinator of their
 * country approves them (a member of the network from then on) or declines them; both are
 * audited and the educator hears it in the bot.
 */
@Controller
class PendingEducatorsController {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

	private final EducatorManagement educators;

	private final MessageSource messages;

	private final Messages botMessages;

	PendingEducatorsController(EducatorManagement educators, MessageSource messages, Messages botMessages) {
		this.educators = educators;
		this.messages = messages;
		this.botMessages = botMessages;
	}

	@GetMapping("/educators/pending")
	String pending(@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		Language language = GroupsController.adminLanguage();
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("pending", this.educators.pending(signedIn.scope())
			.stream()
			.map((educator) -> new Pending(educator.id(), educator.displayName().orElse(""),
					educator.country()
						.map((country) -> new Locale("", country.name()).getDisplayCountry(locale))
						.orElse("") + educator.countryOther().map((other) -> " (" + other + ")").orElse(""),
					educator.region().orElse(""),
					educator.role().map((role) -> this.botMessages.format(language, "role." + role.name())).orElse(""),
					educator.topics()
						.stream()
						.map((topic) -> this.botMessages.format(language, "topic." + topic.name()))
						.toList(),
					educator.network().map((network) -> message("broadcasts.network." + network.name())).orElse(""),
					educator.language().nativeName(),
					educator.registeredAt().map((at) -> MINUTES.format(at.atOffset(ZoneOffset.UTC))).orElse("")))
			.toList());
		model.addAttribute("mayDecide", signedIn.role() != CoordinatorRole.VIEWER);
		return "educators/pending";
	}

	@PostMapping("/educators/{id}/approve")
	String approve(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			RedirectAttributes redirect) {
		Educator educator = this.educators.approve(EducatorId.of(id), signedIn.id(), signedIn.email(),
				signedIn.scope());
		redirect.addFlashAttribute("notice", message("pending.approved", educator.displayName().orElse("")));
		return "redirect:/educators/pending";
	}

	@PostMapping("/educators/{id}/decline")
	String decline(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			RedirectAttributes redirect) {
		Educator educator = this.educators.decline(EducatorId.of(id), signedIn.id(), signedIn.email(),
				signedIn.scope());
		redirect.addFlashAttribute("notice", message("pending.declined", educator.displayName().orElse("")));
		return "redirect:/educators/pending";
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** One educator waiting for a coordinator. */
	record Pending(long id, String name, String country, String region, String role, List<String> topics,
			String network, String language, String registeredAt) {
	}

}
