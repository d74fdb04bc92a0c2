package org.socialchange.platform.admin;

import org.socialchange.platform.coordinators.AccountChangeRefused;
import org.socialchange.platform.coordinators.CoordinatorInvitation;
import org.socialchange.platform.coordinators.CoordinatorManagement;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one-time link of an invitation: the invitee chooses a password (the same policy as
 * a changed password), which creates the account, and signs in with it. An unknown, used
 * or expired link shows nothing but that it does not work.
 */
@Controller
class InvitationController {

	private static final String VIEW = "invitations/accept";

	private final CoordinatorManagement coordinators;

	private final org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

	InvitationController(CoordinatorManagement coordinators,
			org.springframework.security.crypto.password.PasswordEncoder passwordEncoder) {
		this.coordinators = coordinators;
		this.passwordEncoder = passwordEncoder;
	}

	@ModelAttribute("minimumLength")
	int minimumLength() {
		return PasswordForm.MINIMUM_LENGTH;
	}

	@GetMapping("/invitations/{token}")
	String form(@PathVariable String token, Model model) {
		model.addAttribute("email", invitation(token).email());
		model.addAttribute("token", token);
		model.addAttribute("form", PasswordForm.empty());
		return VIEW;
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult result,
			Model model) {
		CoordinatorInvitation invitation = invitation(token);
		form.validate(result);
		if (result.hasErrors()) {
			model.addAttribute("email", invitation.email());
			model.addAttribute("token", token);
			return VIEW;
		}
		try {
			this.coordinators.accept(token, this.passwordEncoder.encode(form.password()));
		}
		catch (AccountChangeRefused ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/login?invited";
	}

	private CoordinatorInvitation invitation(String token) {
		return this.coordinators.invitation(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
