package org.socialchange.platform.coordinators;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Network;

/**
 * Stores countries and networks as comma-separated names and turns a role into a scope.
 */
final class Scopes {

	private Scopes() {
	}

	static String join(Set<? extends Enum<?>> values) {
		return (values == null) ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	static Set<Country> countries(String names) {
		return names.isEmpty() ? Set.of()
				: Arrays.stream(names.split(","))
					.map(Country::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Country.class)));
	}

	static Set<Network> networks(String names) {
		return names.isEmpty() ? Set.of()
				: Arrays.stream(names.split(","))
					.map(Network::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Network.class)));
	}

	/**
	 * Administrators see every educator, coordinators and viewers those of their
	 * countries and networks, facilitators none by country: they see the members of the
	 * peer groups they facilitate, through the groups feature, and nobody else.
	 */
	static EducatorScope scope(CoordinatorRole role, Set<Country> countries, Set<Network> networks) {
		return switch (role) {
			case ADMINISTRATOR -> EducatorScope.all();
			case COORDINATOR, VIEWER -> EducatorScope.of(countries, networks);
			case FACILITATOR -> EducatorScope.none();
		};
	}

}
