package org.socialchange.platform.admin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.socialchange.platform.coordinators.Coordinator;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads a coordinator by email for sign-in, with the authority {@code ROLE_<role>} and,
 * while the password is a one-time password, {@value #PASSWORD_CHANGE_REQUIRED}; an
 * expired one-time password no longer signs in, nor does a disabled account.
 */
class CoordinatorUsers implements UserDetailsService {

	static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	/** Signed in with the password; the second factor's code is still to come. */
	static final String SECOND_FACTOR_REQUIRED = "SECOND_FACTOR_REQUIRED";

	/** An administrator without a second factor, who must enrol one first. */
	static final String SECOND_FACTOR_ENROLMENT_REQUIRED = "SECOND_FACTOR_ENROLMENT_REQUIRED";

	private final CoordinatorManagement coordinators;

	private final Clock clock;

	CoordinatorUsers(CoordinatorManagement coordinators, Clock clock) {
		this.coordinators = coordinators;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		Coordinator coordinator = this.coordinators.find(email)
			.orElseThrow(() -> new UsernameNotFoundException("No coordinator with this email"));
		return User.withUsername(coordinator.email())
			.password(coordinator.passwordHash())
			.authorities(withSignInSteps(coordinator))
			.credentialsExpired(coordinator.oneTimePasswordExpired(this.clock.instant()))
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

	/**
	 * The account's authorities and the steps of signing in still ahead: the second
	 * factor's code, or enrolling one for an administrator without it.
	 */
	private static List<GrantedAuthority> withSignInSteps(Coordinator coordinator) {
		List<GrantedAuthority> authorities = new ArrayList<>(authorities(coordinator));
		if (coordinator.secondFactorEnabled()) {
			authorities.add(new SimpleGrantedAuthority(SECOND_FACTOR_REQUIRED));
		}
		else if (coordinator.role() == CoordinatorRole.ADMINISTRATOR) {
			authorities.add(new SimpleGrantedAuthority(SECOND_FACTOR_ENROLMENT_REQUIRED));
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
