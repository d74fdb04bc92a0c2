package org.socialchange.platform.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Lifts a step of signing in (a one-time password replaced, a code given, a second factor
 * enrolled) from the current session at once, without signing in again.
 */
class SessionAuthorities {

	private final SecurityContextRepository securityContexts;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SessionAuthorities(SecurityContextRepository securityContexts) {
		this.securityContexts = securityContexts;
	}

	void remove(String authority, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication changed = authentication.toBuilder()
			.authorities((authorities) -> authorities.removeIf((granted) -> authority.equals(granted.getAuthority())))
			.build();
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(changed);
		this.holder.setContext(context);
		this.securityContexts.saveContext(context, request, response);
	}

}
