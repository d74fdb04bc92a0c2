package org.socialchange.platform.admin;

import java.util.ArrayList;
import java.util.List;

import org.socialchange.platform.coordinators.Coordinator;
import org.socialchange.platform.coordinators.CoordinatorManagement;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads a coordinator by email for sign-in, with the authority {@code ROLE_<role>} and,
 * while the password is a one-time password, {@value #PASSWORD_CHANGE_REQUIRED}; a
 * disabled account cannot sign in.
 */
class CoordinatorUsers implements UserDetailsService {

	static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	private final CoordinatorManagement coordinators;

	CoordinatorUsers(CoordinatorManagement coordinators) {
		this.coordinators = coordinators;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		Coordinator coordinator = this.coordinators.find(email)
			.orElseThrow(() -> new UsernameNotFoundException("No coordinator with this email"));
		return User.withUsername(coordinator.email())
			.password(coordinator.passwordHash())
			.authorities(authorities(coordinator))
			.disabled(coordinator.disabled())
			.build();
	}

	static List<GrantedAuthority> authorities(Coordinator coordinator) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + coordinator.role().name()));
		if (coordinator.mustChangePassword()) {
			authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
		}
		return authorities;
	}

	static boolean mustChangePassword(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities().stream().anyMatch(CoordinatorUsers::isPasswordChangeRequired);
	}

	static boolean isPasswordChangeRequired(GrantedAuthority authority) {
		return PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority());
	}

}
