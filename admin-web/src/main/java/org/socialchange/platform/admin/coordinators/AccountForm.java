package org.socialchange.platform.admin.coordinators;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;

import org.springframework.validation.Errors;

/**
 * An account as an administrator fills it in: email (for an invitation), role, and the
 * countries and networks it works for (none ticked: all).
 */
record AccountForm(String email, String role, Set<String> countries, Set<String> networks) {

	static final int MAXIMUM_EMAIL = 254;

	static final String EMAIL = "coordinators.error.email";

	static final String ROLE = "coordinators.error.role";

	static final String SCOPE = "coordinators.error.scope";

	static AccountForm empty() {
		return new AccountForm("", CoordinatorRole.COORDINATOR.name(), Set.of(), Set.of());
	}

	/** Checks an invitation: the email too. */
	void validateInvitation(Errors errors) {
		String email = emailValue();
		if (email.isEmpty() || email.length() > MAXIMUM_EMAIL || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.rejectValue("email", EMAIL);
		}
		validate(errors);
	}

	void validate(Errors errors) {
		if (roleValue() == null) {
			errors.rejectValue("role", ROLE);
		}
		if (countryValues() == null) {
			errors.rejectValue("countries", SCOPE);
		}
		if (networkValues() == null) {
			errors.rejectValue("networks", SCOPE);
		}
	}

	String emailValue() {
		return (this.email != null) ? this.email.strip().toLowerCase(Locale.ROOT) : "";
	}

	CoordinatorRole roleValue() {
		try {
			return (this.role != null) ? CoordinatorRole.valueOf(this.role) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The countries ticked; null when one does not exist. */
	Set<Country> countryValues() {
		return parse(this.countries, Country::valueOf, EnumSet.noneOf(Country.class));
	}

	/** The networks ticked; null when one does not exist. */
	Set<Network> networkValues() {
		return parse(this.networks, Network::valueOf, EnumSet.noneOf(Network.class));
	}

	boolean checked(String group, String value) {
		Set<String> values = "countries".equals(group) ? this.countries : this.networks;
		return values != null && values.contains(value);
	}

	private static <T extends Enum<T>> Set<T> parse(Set<String> values, Function<String, T> parser, Set<T> into) {
		if (values == null) {
			return into;
		}
		try {
			values.stream().filter((value) -> !value.isBlank()).map(parser).forEach(into::add);
			return into;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
