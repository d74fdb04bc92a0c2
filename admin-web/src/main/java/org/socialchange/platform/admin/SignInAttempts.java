package org.socialchange.platform.admin;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.socialchange.platform.audit.AuditLog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every sign-in attempt, throttled and audited: a form sign-in from an email or address
 * that must still wait is refused before any password is checked (back to the sign-in
 * page, which says how long to wait); successes and failures are counted by
 * {@link SignInThrottle} and written to the audit log with the client's address, never
 * the password.
 */
class SignInAttempts extends OncePerRequestFilter {

	public static final String SUCCEEDED = "signin.succeeded";

	public static final String FAILED = "signin.failed";

	public static final String THROTTLED = "signin.throttled";

	static final String SIGNED_IN_AT = SignInAttempts.class.getName() + ".signedInAt";

	private final SignInThrottle throttle;

	private final ObjectProvider<AuditLog> audit;

	SignInAttempts(SignInThrottle throttle, ObjectProvider<AuditLog> audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = request.getParameter("email");
		String address = request.getRemoteAddr();
		Optional<Duration> wait = this.throttle.wait(email, address);
		if (wait.isPresent()) {
			record(email, THROTTLED, address, "refused for " + wait.get().toSeconds() + " s more");
			response.sendRedirect(request.getContextPath() + "/login?throttled=" + SignInThrottle.minutes(wait.get()));
			return;
		}
		chain.doFilter(request, response);
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		String email = event.getAuthentication().getName();
		this.throttle.succeeded(email);
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			signedInNow(attributes.getRequest(), Instant.now());
		}
		record(email, SUCCEEDED, address(event.getAuthentication()), null);
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String email = event.getAuthentication().getName();
		String address = address(event.getAuthentication());
		this.throttle.failed(email, address);
		record(email, FAILED, address, event.getException().getClass().getSimpleName());
	}

	/**
	 * Notes when the session signed in: a session signed in before the account's password
	 * changed ends ({@link SignedInFilter}).
	 */
	static void signedInNow(HttpServletRequest request, Instant now) {
		request.getSession(true).setAttribute(SIGNED_IN_AT, now);
	}

	static Instant signedInAt(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Instant at) ? at : null;
	}

	/**
	 * Writes an attempt on an account to the audit log: by whom, from which address, and
	 * how; never a password or code.
	 */
	void record(String email, String action, String address, String details) {
		String who = (email != null && !email.isBlank()) ? email.strip() : "(no email)";
		String from = "from " + address + ((details != null) ? ": " + details : "");
		this.audit.ifAvailable((log) -> log.record(who, action, "account:" + who, from, null));
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: "unknown";
	}

}
