package org.socialchange.platform.educators;

import java.util.Set;

/**
 * Which educators an account of the admin web may see, count and message: the educators
 * of some countries and networks (an empty set means every one), or none at all. Every
 * read or write about educators on behalf of a coordinator takes one.
 */
public record EducatorScope(Set<Country> countries, Set<Network> networks, boolean nobody) {

	private static final EducatorScope ALL = new EducatorScope(Set.of(), Set.of(), false);

	private static final EducatorScope NONE = new EducatorScope(Set.of(), Set.of(), true);

	public EducatorScope {
		countries = (countries != null) ? Set.copyOf(countries) : Set.of();
		networks = (networks != null) ? Set.copyOf(networks) : Set.of();
		if (nobody && (!countries.isEmpty() || !networks.isEmpty())) {
			throw new IllegalArgumentException("A scope of no educators names no country or network");
		}
	}

	/** Every educator. */
	public static EducatorScope all() {
		return ALL;
	}

	/** No educator at all (e.g. a facilitator before peer groups exist). */
	public static EducatorScope none() {
		return NONE;
	}

	/** The educators of these countries and networks; an empty set means every one. */
	public static EducatorScope of(Set<Country> countries, Set<Network> networks) {
		return new EducatorScope(countries, networks, false);
	}

	/**
	 * Whether someone (or something) of this country and network is inside the scope; an
	 * absent country ({@code null}) is inside only a scope naming no country.
	 */
	public boolean includes(Country country, Network network) {
		return !this.nobody && (this.countries.isEmpty() || (country != null && this.countries.contains(country)))
				&& (this.networks.isEmpty() || (network != null && this.networks.contains(network)));
	}

	public boolean isAll() {
		return !this.nobody && this.countries.isEmpty() && this.networks.isEmpty();
	}

	/**
	 * Whether every educator the filter can reach is inside the scope: a scope restricted
	 * to some countries covers only a filter naming some of those countries, the same for
	 * networks.
	 */
	public boolean covers(EducatorAudience.Filter filter) {
		if (this.nobody) {
			return false;
		}
		return within(filter.countries(), this.countries) && within(filter.networks(), this.networks);
	}

	/**
	 * The filter restricted to the scope: where the filter names no country (or network),
	 * the scope's are used. The result is covered when the filter names nothing outside
	 * the scope.
	 */
	public EducatorAudience.Filter restrict(EducatorAudience.Filter filter) {
		return new EducatorAudience.Filter(filter.countries().isEmpty() ? this.countries : filter.countries(),
				filter.languages(), filter.networks().isEmpty() ? this.networks : filter.networks());
	}

	private static <T> boolean within(Set<T> wanted, Set<T> allowed) {
		return allowed.isEmpty() || (!wanted.isEmpty() && allowed.containsAll(wanted));
	}

}
