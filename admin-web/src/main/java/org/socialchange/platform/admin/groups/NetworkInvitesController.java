package org.socialchange.platform.admin.groups;

import java.util.Locale;

import org.socialchange.platform.admin.SignedIn;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.groups.NetworkInvites;
import org.socialchange.platform.identity.BotUsername;

import org.springframework.beans.factory.ObjectProvider;
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
 * Invite links of the network: whoever registers through one is a member at once, not
 * pending. Coordinators make them for their countries and networks, name where they
 * shared them, and revoke them.
 */
@Controller
class NetworkInvitesController {

	private final NetworkInvites invites;

	private final ObjectProvider<BotUsername> bot;

	private final MessageSource messages;

	NetworkInvitesController(NetworkInvites invites, ObjectProvider<BotUsername> bot, MessageSource messages) {
		this.invites = invites;
		this.bot = bot;
		this.messages = messages;
	}

	@GetMapping("/invites")
	String list(@RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("invites",
				this.invites.all(GroupsController.access(signedIn))
					.stream()
					.map((invite) -> new Row(invite.id(), invite.label(),
							invite.countryOf()
								.map((country) -> new Locale("", country.name()).getDisplayCountry(locale))
								.orElseGet(() -> message("invites.anyCountry")),
							message("broadcasts.network." + invite.network().name()),
							GroupsController.link(this.bot, invite.token()), invite.active()))
					.toList());
		model.addAttribute("countries", ScopeOptions.countries(signedIn, locale, (value) -> false));
		model.addAttribute("anyCountry", signedIn.scope().countries().isEmpty());
		model.addAttribute("networks", ScopeOptions.networks(signedIn,
				(network) -> message("broadcasts.network." + network.name()), (value) -> false));
		return "invites/list";
	}

	@PostMapping("/invites")
	String create(@RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String country,
			@RequestParam(defaultValue = "") String network, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			RedirectAttributes redirect) {
		try {
			Country chosen = country.isEmpty() ? null : Country.valueOf(country);
			this.invites.create(label, chosen, Network.valueOf(network), GroupsController.access(signedIn));
			redirect.addFlashAttribute("notice", message("invites.created"));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("notice", message("invites.error"));
		}
		return "redirect:/invites";
	}

	@PostMapping("/invites/{id}/revoke")
	String revoke(@PathVariable long id, @RequestAttribute(SignedIn.ATTRIBUTE) SignedIn signedIn,
			RedirectAttributes redirect) {
		this.invites.revoke(id, GroupsController.access(signedIn));
		redirect.addFlashAttribute("notice", message("invites.revoked"));
		return "redirect:/invites";
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** One invite link in the list. */
	record Row(long id, String label, String country, String network, String link, boolean active) {
	}

}
