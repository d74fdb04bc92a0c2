package org.socialchange.platform.admin.coordinators;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.socialchange.platform.admin.SignedIn;
import org.socialchange.platform.coordinators.AccountChangeRefused;
import org.socialchange.platform.coordinators.Coordinator;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.coordinators.InvitationLink;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Administrators manage the accounts of the admin web: the list, inviting by a one-time
 * link shown once, changing role and scope, disabling and enabling. Every change is in
 * the audit log (written by the core).
 */
@Controller
class CoordinatorsController {

	static final String ROLE_KEY = "coordinators.role.";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneId.of("UTC"));

	private final CoordinatorManagement coordinators;

	private final MessageSource messages;

	CoordinatorsController(CoordinatorManagement coordinators, MessageSource messages) {
		this.coordinators = coordinators;
		this.messages = messages;
	}

	@GetMapping("/coordinators")
	String list(Model model) {
		model.addAttribute("accounts", this.coordinators.all().stream().map(this::row).toList());
		return "coordinators/list";
	}

	@GetMapping("/coordinators/invite")
	String inviteForm(Model model) {
		return form(model, AccountForm.empty(), "coordinators/invite");
	}

	@PostMapping("/coordinators/invite")
	String invite(@ModelAttribute("form") AccountForm form, BindingResult result,
			@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		form.validateInvitation(result);
		if (!result.hasErrors()) {
			try {
				InvitationLink link = this.coordinators.invite(form.emailValue(), form.roleValue(),
						form.countryValues(), form.networkValues(), signedIn.email());
				model.addAttribute("email", form.emailValue());
				model.addAttribute("link",
						ServletUriComponentsBuilder.fromCurrentContextPath()
							.path("/invitations/{token}")
							.buildAndExpand(link.token())
							.toUriString());
				model.addAttribute("expiresAt", MINUTES.format(link.expiresAt()));
				return "coordinators/invited";
			}
			catch (AccountChangeRefused ex) {
				result.rejectValue("email", refusal(ex));
			}
		}
		return form(model, form, "coordinators/invite");
	}

	@GetMapping("/coordinators/{id}")
	String edit(@PathVariable long id, Model model) {
		Coordinator coordinator = require(id);
		model.addAttribute("account", row(coordinator));
		return form(model, new AccountForm(coordinator.email(), coordinator.role().name(),
				names(coordinator.countries()), names(coordinator.networks())), "coordinators/edit");
	}

	@PostMapping("/coordinators/{id}")
	String change(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult result,
			@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model, RedirectAttributes redirect) {
		Coordinator coordinator = require(id);
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				this.coordinators.assign(id, form.roleValue(), form.countryValues(), form.networkValues(),
						signedIn.email());
				redirect.addFlashAttribute("notice", message("coordinators.changed", coordinator.email()));
				return "redirect:/coordinators";
			}
			catch (AccountChangeRefused ex) {
				result.rejectValue("role", refusal(ex));
			}
		}
		model.addAttribute("account", row(coordinator));
		return form(model, form, "coordinators/edit");
	}

	@PostMapping("/coordinators/{id}/disable")
	String disable(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			RedirectAttributes redirect) {
		Coordinator coordinator = require(id);
		try {
			this.coordinators.disable(id, signedIn.email());
			redirect.addFlashAttribute("notice", message("coordinators.disabled", coordinator.email()));
		}
		catch (AccountChangeRefused ex) {
			redirect.addFlashAttribute("notice", message(refusal(ex)));
		}
		return "redirect:/coordinators";
	}

	@PostMapping("/coordinators/{id}/enable")
	String enable(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			RedirectAttributes redirect) {
		Coordinator coordinator = require(id);
		this.coordinators.enable(id, signedIn.email());
		redirect.addFlashAttribute("notice", message("coordinators.enabled", coordinator.email()));
		return "redirect:/coordinators";
	}

	@ExceptionHandler(AccountNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}

	private Coordinator require(long id) {
		return this.coordinators.find(id).orElseThrow(AccountNotFound::new);
	}

	private String form(Model model, AccountForm form, String view) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("form", form);
		model.addAttribute("roles", Arrays.stream(CoordinatorRole.values())
			.map((role) -> new Option(role.name(), message(ROLE_KEY + role.name()), role.name().equals(form.role())))
			.toList());
		model.addAttribute("countries", Arrays.stream(Country.values())
			.filter((country) -> country != Country.OTHER)
			.map((country) -> new Option(country.name(), new Locale("", country.name()).getDisplayCountry(locale),
					form.checked("countries", country.name())))
			.toList());
		model.addAttribute("networks",
				Arrays.stream(Network.values())
					.map((network) -> new Option(network.name(), message("broadcasts.network." + network.name()),
							form.checked("networks", network.name())))
					.toList());
		return view;
	}

	private Row row(Coordinator coordinator) {
		Locale locale = LocaleContextHolder.getLocale();
		String all = message("coordinators.scope.all");
		String countries = coordinator.countries().isEmpty() ? all
				: coordinator.countries()
					.stream()
					.map((country) -> new Locale("", country.name()).getDisplayCountry(locale))
					.sorted()
					.collect(Collectors.joining(", "));
		String networks = coordinator.networks().isEmpty() ? all
				: coordinator.networks()
					.stream()
					.map((network) -> message("broadcasts.network." + network.name()))
					.sorted()
					.collect(Collectors.joining(", "));
		return new Row(coordinator.id(), coordinator.email(), message(ROLE_KEY + coordinator.role().name()), countries,
				networks, coordinator.disabled(), MINUTES.format(coordinator.createdAt()));
	}

	private static String refusal(AccountChangeRefused ex) {
		return "coordinators.refused." + ex.reason().name();
	}

	private static java.util.Set<String> names(java.util.Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).collect(Collectors.toSet());
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** One account in the list. */
	record Row(long id, String email, String role, String countries, String networks, boolean disabled,
			String created) {
	}

	/** A choice in the form. */
	record Option(String value, String label, boolean checked) {
	}

	/** No account has this id. */
	static class AccountNotFound extends RuntimeException {

	}

	static List<String> roles() {
		return Arrays.stream(CoordinatorRole.values()).map(Enum::name).toList();
	}

}
