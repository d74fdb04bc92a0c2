package org.socialchange.platform.admin;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.socialchange.platform.coordinators.Coordinator;
import org.socialchange.platform.coordinators.CoordinatorManagement;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the signed-in account from the database once per request: a disabled or deleted
 * account's session ends at once (back to sign-in), as does a session signed in before
 * the account's password last changed, a changed role replaces the session's authorities
 * before authorization, and the request carries a {@link SignedIn}.
 */
class SignedInFilter extends OncePerRequestFilter {

	private static final RequestMatcher STATIC = new OrRequestMatcher(
			Arrays.stream(SecurityConfiguration.STATIC_RESOURCES)
				.map(PathPatternRequestMatcher.withDefaults()::matcher)
				.map(RequestMatcher.class::cast)
				.toList());

	private final CoordinatorManagement coordinators;

	private final SecurityContextRepository securityContexts;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SignedInFilter(CoordinatorManagement coordinators, SecurityContextRepository securityContexts) {
		this.coordinators = coordinators;
		this.securityContexts = securityContexts;
	}

	/** Stylesheets and scripts need no account: no query for them. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return STATIC.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.holder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			Optional<Coordinator> coordinator = this.coordinators.find(authentication.getName());
			if (coordinator.isEmpty() || coordinator.get().disabled()
					|| coordinator.get().signedInBeforePasswordChange(SignInAttempts.signedInAt(request))) {
				new SecurityContextLogoutHandler().logout(request, response, authentication);
				this.securityContexts.saveContext(this.holder.createEmptyContext(), request, response);
				new DefaultRedirectStrategy().sendRedirect(request, response, "/login?ended");
				return;
			}
			refreshAuthorities(authentication, coordinator.get(), request, response);
			request.setAttribute(SignedIn.ATTRIBUTE, SignedIn.of(coordinator.get()));
		}
		chain.doFilter(request, response);
	}

	/**
	 * Replaces the role authority when the role changed; other authorities (how the
	 * person signed in) stay, and a one-time password restriction is never added back.
	 */
	private void refreshAuthorities(Authentication authentication, Coordinator coordinator, HttpServletRequest request,
			HttpServletResponse response) {
		Set<String> current = new HashSet<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (isAccountAuthority(authority)) {
				current.add(authority.getAuthority());
			}
		}
		List<GrantedAuthority> wanted = CoordinatorUsers.authorities(coordinator)
			.stream()
			.filter((authority) -> !CoordinatorUsers.isPasswordChangeRequired(authority)
					|| current.contains(CoordinatorUsers.PASSWORD_CHANGE_REQUIRED))
			.toList();
		if (current.equals(wanted.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet()))) {
			return;
		}
		Authentication changed = authentication.toBuilder().authorities((authorities) -> {
			authorities.removeIf(SignedInFilter::isAccountAuthority);
			authorities.addAll(wanted);
		}).build();
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(changed);
		this.holder.setContext(context);
		this.securityContexts.saveContext(context, request, response);
	}

	private static boolean isAccountAuthority(GrantedAuthority authority) {
		String name = authority.getAuthority();
		return name != null && (name.startsWith("ROLE_") || name.equals(CoordinatorUsers.PASSWORD_CHANGE_REQUIRED));
	}

}
