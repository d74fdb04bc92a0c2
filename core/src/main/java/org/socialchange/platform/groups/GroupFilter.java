package org.socialchange.platform.groups;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Topic;

/**
 * Which groups an educator browses: of a topic ({@code null}: any), of a country or only
 * international ones ({@code null} and false: any place).
 */
public record GroupFilter(Topic topic, Country country, boolean international) {

	public static GroupFilter any() {
		return new GroupFilter(null, null, false);
	}

	boolean matches(PeerGroup group) {
		if (this.topic != null && !group.topics().contains(this.topic)) {
			return false;
		}
		if (this.international) {
			return group.international();
		}
		return this.country == null || group.country().filter(this.country::equals).isPresent();
	}

}
