package org.socialchange.platform.groups;

import java.util.List;

/**
 * The members a viewer may see, and how many others keep their profile to coordinators.
 *
 * @param shown visible members, oldest first
 * @param hidden members the viewer may not see
 */
public record MemberList(List<GroupMember> shown, int hidden) {

	public int total() {
		return this.shown.size() + this.hidden;
	}

}
