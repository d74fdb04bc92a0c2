package org.socialchange.platform.educators;

/**
 * Where an educator's registration conversation stands, in order; {@code DECLINED} when
 * they did not consent.
 */
public enum RegistrationStep {

	LANGUAGE, PRIVACY, NAME, COUNTRY, COUNTRY_OTHER, REGION, ROLE, TOPICS, TIME_ZONE, NETWORK, DECLINED

}
