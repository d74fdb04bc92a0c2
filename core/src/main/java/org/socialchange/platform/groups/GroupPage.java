package org.socialchange.platform.groups;

import java.util.List;

/**
 * One page of groups to browse.
 *
 * @param groups the groups on this page
 * @param page its index, from 0
 * @param pages how many pages there are (at least 1)
 * @param total how many groups match
 */
public record GroupPage(List<PeerGroup> groups, int page, int pages, int total) {

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < this.pages;
	}

}
