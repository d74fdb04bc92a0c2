package org.socialchange.platform.admin;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.socialchange.platform.coordinators.Coordinator;
import org.socialchange.platform.coordinators.CoordinatorManagement;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second factor: the code asked after the password of an account that has one (a
 * recovery code works once instead; wrong codes are throttled like passwords), and
 * enrolment with a QR code for an authenticator app, confirmed by a first code, after
 * which ten recovery codes are shown once. Administrators must enrol.
 */
@Controller
class SecondFactorController {

	static final String CODE_PAGE = "/login/code";

	static final String ENROL_PAGE = "/account/two-factor";

	private static final String PENDING_SECRET = SecondFactorController.class.getName() + ".secret";

	private final CoordinatorManagement coordinators;

	private final SecondFactor secondFactor;

	private final PasswordEncoder passwordEncoder;

	private final SignInThrottle throttle;

	private final SessionAuthorities sessionAuthorities;

	private final SignInAttempts attempts;

	private final MessageSource messages;

	SecondFactorController(CoordinatorManagement coordinators, SecondFactor secondFactor,
			PasswordEncoder passwordEncoder, SignInThrottle throttle, SessionAuthorities sessionAuthorities,
			SignInAttempts attempts, MessageSource messages) {
		this.coordinators = coordinators;
		this.secondFactor = secondFactor;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.sessionAuthorities = sessionAuthorities;
		this.attempts = attempts;
		this.messages = messages;
	}

	@GetMapping(CODE_PAGE)
	String codeForm() {
		return "login-code";
	}

	@PostMapping(CODE_PAGE)
	String code(@RequestParam(defaultValue = "") String code, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String email = authentication.getName();
		String address = request.getRemoteAddr();
		Optional<Duration> wait = this.throttle.wait(email, address);
		if (wait.isPresent()) {
			this.attempts.record(email, SignInAttempts.THROTTLED, address, "second factor");
			model.addAttribute("throttled", SignInThrottle.minutes(wait.get()));
			return "login-code";
		}
		boolean recovery = SecondFactor.looksLikeRecoveryCode(code);
		if (!accepted(email, code, recovery)) {
			this.throttle.failed(email, address);
			this.attempts.record(email, "signin.code.failed", address, null);
			model.addAttribute("wrong", true);
			return "login-code";
		}
		this.throttle.succeeded(email);
		this.attempts.record(email, "signin.code.accepted", address, recovery ? "with a recovery code" : null);
		this.sessionAuthorities.remove(CoordinatorUsers.SECOND_FACTOR_REQUIRED, authentication, request, response);
		return "redirect:/";
	}

	private boolean accepted(String email, String code, boolean recovery) {
		if (recovery) {
			String typed = code.strip();
			return this.coordinators.useRecoveryCode(email, (hash) -> this.passwordEncoder.matches(typed, hash));
		}
		Optional<String> secret = this.coordinators.find(email).flatMap(Coordinator::totpSecret);
		OptionalLong step = secret.map((value) -> this.secondFactor.step(value, code)).orElse(OptionalLong.empty());
		return step.isPresent() && this.coordinators.useTotpStep(email, step.getAsLong());
	}

	@GetMapping(ENROL_PAGE)
	String enrolForm(Authentication authentication, HttpSession session, Model model) {
		Coordinator coordinator = this.coordinators.find(authentication.getName()).orElseThrow();
		if (coordinator.secondFactorEnabled()) {
			model.addAttribute("enabled", true);
			return "account/two-factor";
		}
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			secret = this.secondFactor.newSecret();
			session.setAttribute(PENDING_SECRET, secret);
		}
		return enrolment(model, authentication.getName(), secret);
	}

	@PostMapping(ENROL_PAGE)
	String enrol(@RequestParam(defaultValue = "") String code, Authentication authentication, HttpSession session,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String email = authentication.getName();
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			return "redirect:" + ENROL_PAGE;
		}
		OptionalLong step = this.secondFactor.step(secret, code);
		if (step.isEmpty()) {
			model.addAttribute("wrong", true);
			return enrolment(model, email, secret);
		}
		List<String> recoveryCodes = this.secondFactor.recoveryCodes();
		this.coordinators.enableSecondFactor(email, secret,
				recoveryCodes.stream().map(this.passwordEncoder::encode).toList());
		this.coordinators.useTotpStep(email, step.getAsLong());
		session.removeAttribute(PENDING_SECRET);
		this.attempts.record(email, "account.second-factor.enabled", request.getRemoteAddr(), null);
		this.sessionAuthorities.remove(CoordinatorUsers.SECOND_FACTOR_ENROLMENT_REQUIRED, authentication, request,
				response);
		model.addAttribute("recoveryCodes", recoveryCodes);
		return "account/recovery-codes";
	}

	private String enrolment(Model model, String email, String secret) {
		String issuer = this.messages.getMessage("app.name", null, "Platform", Locale.ENGLISH);
		model.addAttribute("qrCode", this.secondFactor.qrCode(secret, email, issuer));
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
		return "account/two-factor";
	}

}
