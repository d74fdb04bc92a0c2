package org.socialchange.platform.admin.groups;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Function;

import org.socialchange.platform.admin.SignedIn;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Network;

/** The countries and networks an account may choose for a group or an invite link. */
final class ScopeOptions {

	private ScopeOptions() {
	}

	static List<GroupsController.Option> countries(SignedIn signedIn, Locale locale, Predicate<String> checked) {
		return Arrays.stream(Country.values())
			.filter((country) -> country != Country.OTHER)
			.filter((country) -> signedIn.role() == CoordinatorRole.ADMINISTRATOR
					|| signedIn.scope().countries().isEmpty() || signedIn.scope().countries().contains(country))
			.map((country) -> new GroupsController.Option(country.name(),
					new Locale("", country.name()).getDisplayCountry(locale), checked.test(country.name())))
			.toList();
	}

	static List<GroupsController.Option> networks(SignedIn signedIn, Function<Network, String> label,
			Predicate<String> checked) {
		return Arrays.stream(Network.values())
			.filter((network) -> signedIn.role() == CoordinatorRole.ADMINISTRATOR
					|| signedIn.scope().networks().isEmpty() || signedIn.scope().networks().contains(network))
			.map((network) -> new GroupsController.Option(network.name(), label.apply(network),
					checked.test(network.name())))
			.toList();
	}

}
