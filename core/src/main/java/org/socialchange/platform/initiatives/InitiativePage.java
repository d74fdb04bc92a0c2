package org.socialchange.platform.initiatives;

import java.util.List;

/** One page of initiatives, newest activity first; whether more follow. */
public record InitiativePage(List<InitiativeSummary> items, int page, boolean hasNext) {

	public boolean hasPrevious() {
		return this.page > 0;
	}

}
