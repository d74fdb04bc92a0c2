package org.socialchange.platform.admin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a coordinator who still signs in with a one-time password to the password form
 * from every page except that form, sign-out, static files and errors.
 */
class PasswordChangeFilter extends OncePerRequestFilter {

	private final SecurityContextHolderStrategy securityContexts = SecurityContextHolder.getContextHolderStrategy();

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	private final RequestMatcher allowed = allowed();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (CoordinatorUsers.mustChangePassword(this.securityContexts.getContext().getAuthentication())
				&& !this.allowed.matches(request)) {
			this.redirects.sendRedirect(request, response, AccountController.PASSWORD_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static RequestMatcher allowed() {
		List<String> patterns = new ArrayList<>(List.of(AccountController.PASSWORD_PAGE, "/logout", "/error"));
		patterns.addAll(List.of(SecurityConfiguration.STATIC_RESOURCES));
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(patterns.stream().map(paths::matcher).map(RequestMatcher.class::cast).toList());
	}

}
