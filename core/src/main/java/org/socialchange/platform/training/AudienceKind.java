package org.socialchange.platform.training;

/**
 * Who a program enrols: the members of a peer group (present and future), the educators
 * of a country or a network, or every educator in the program's scope.
 */
public enum AudienceKind {

	GROUP, COUNTRY, NETWORK, ALL

}
