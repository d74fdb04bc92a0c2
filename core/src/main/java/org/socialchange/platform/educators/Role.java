package org.socialchange.platform.educators;

/** What an educator does. */
public enum Role {

	TEACHER, SCHOOL_LEADER, UNIVERSITY_TEACHER, YOUTH_WORKER, NGO_STAFF, PARENT_OR_COMMUNITY_MEMBER, OTHER

}
