package org.socialchange.platform.initiatives;

/** What an initiative looks for from educators in other places. */
public enum Need {

	PARTNERS, EXPERTISE, MATERIALS, IDEAS

}
