package org.socialchange.platform.admin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a coordinator on the steps of signing in that are still ahead, in order: the
 * second factor's code, replacing a one-time password, enrolling a second factor (for
 * administrators). Until each is done, every page but that step's own, sign-out, static
 * files and errors leads to it.
 */
class SignInStepsFilter extends OncePerRequestFilter {

	/** Each step's authority and its page, in the order they are taken. */
	static final Map<String, String> STEPS = steps();

	private final SecurityContextHolderStrategy securityContexts = SecurityContextHolder.getContextHolderStrategy();

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	private final Map<String, RequestMatcher> allowed = new LinkedHashMap<>();

	SignInStepsFilter() {
		STEPS.forEach((authority, page) -> this.allowed.put(authority, allowed(page)));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.securityContexts.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()) {
			for (Map.Entry<String, String> step : STEPS.entrySet()) {
				if (has(authentication, step.getKey())) {
					if (!this.allowed.get(step.getKey()).matches(request)) {
						this.redirects.sendRedirect(request, response, step.getValue());
						return;
					}
					break;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean has(Authentication authentication, String authority) {
		return authentication.getAuthorities().stream().anyMatch((granted) -> authority.equals(granted.getAuthority()));
	}

	private static Map<String, String> steps() {
		Map<String, String> steps = new LinkedHashMap<>();
		steps.put(CoordinatorUsers.SECOND_FACTOR_REQUIRED, SecondFactorController.CODE_PAGE);
		steps.put(CoordinatorUsers.PASSWORD_CHANGE_REQUIRED, AccountController.PASSWORD_PAGE);
		steps.put(CoordinatorUsers.SECOND_FACTOR_ENROLMENT_REQUIRED, SecondFactorController.ENROL_PAGE);
		return Collections.unmodifiableMap(steps);
	}

	private static RequestMatcher allowed(String page) {
		List<String> patterns = new ArrayList<>(List.of(page, "/logout", "/error"));
		patterns.addAll(List.of(SecurityConfiguration.STATIC_RESOURCES));
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(patterns.stream().map(paths::matcher).map(RequestMatcher.class::cast).toList());
	}

}
