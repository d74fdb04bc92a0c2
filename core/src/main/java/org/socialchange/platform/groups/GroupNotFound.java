package org.socialchange.platform.groups;

/** No such group, or none the caller may see: the admin web answers 404 either way. */
public class GroupNotFound extends RuntimeException {

	public GroupNotFound(long id) {
		super("No peer group " + id);
	}

}
