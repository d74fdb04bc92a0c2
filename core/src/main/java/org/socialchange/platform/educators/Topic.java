package org.socialchange.platform.educators;

/** A field of work an educator is interested in. */
public enum Topic {

	INCLUSIVE_EDUCATION, CIVIC_EDUCATION, CHILDRENS_RIGHTS, SOCIAL_ENTREPRENEURSHIP, ENVIRONMENT, MEDIA_LITERACY,
	COMMUNITY_DEVELOPMENT, PEACE_BUILDING, DIGITAL_TOOLS, OTHER

}
