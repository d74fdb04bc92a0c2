package org.socialchange.platform.educators;

/** The network an educator came from, for reporting. */
public enum Network {

	ALUMNI, CHILDRENS_RIGHTS, NEW

}
