package org.socialchange.platform.admin;

import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.socialchange.platform.coordinators.CoordinatorManagement;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lets the signed-in coordinator set a new password, given the current one: it lifts the
 * one-time password restriction for the current session at once, and every other session
 * of the account ends at its next request.
 */
@Controller
@RequestMapping(AccountController.PASSWORD_PAGE)
class AccountController {

	static final String PASSWORD_PAGE = "/account/password";

	static final String PASSWORD_CHANGED = "account.password.changed";

	private static final String VIEW = "account/password";

	private final CoordinatorManagement coordinators;

	private final PasswordEncoder passwordEncoder;

	private final SessionAuthorities sessionAuthorities;

	private final MessageSource messages;

	AccountController(CoordinatorManagement coordinators, PasswordEncoder passwordEncoder,
			SessionAuthorities sessionAuthorities, MessageSource messages) {
		this.coordinators = coordinators;
		this.passwordEncoder = passwordEncoder;
		this.sessionAuthorities = sessionAuthorities;
		this.messages = messages;
	}

	@ModelAttribute("minimumLength")
	int minimumLength() {
		return PasswordForm.MINIMUM_LENGTH;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return VIEW;
	}

	@PostMapping
	String change(@ModelAttribute("form") PasswordForm form, BindingResult result, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		if (!isCurrentPassword(authentication.getName(), (form.current() != null) ? form.current() : "")) {
			result.rejectValue("current", PasswordForm.WRONG_CURRENT);
		}
		form.validate(result);
		if (!result.hasErrors() && isCurrentPassword(authentication.getName(), form.password())) {
			result.rejectValue("password", PasswordForm.UNCHANGED);
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		this.coordinators.changePassword(authentication.getName(), this.passwordEncoder.encode(form.password()));
		SignInAttempts.signedInNow(request, Instant.now());
		this.sessionAuthorities.remove(CoordinatorUsers.PASSWORD_CHANGE_REQUIRED, authentication, request, response);
		redirect.addFlashAttribute("notice", this.messages.getMessage(PASSWORD_CHANGED, null, locale));
		return "redirect:/";
	}

	private boolean isCurrentPassword(String email, String password) {
		return this.coordinators.find(email)
			.map((coordinator) -> this.passwordEncoder.matches(password, coordinator.passwordHash()))
			.orElse(false);
	}

}
