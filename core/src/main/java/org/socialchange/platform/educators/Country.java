package org.socialchange.platform.educators;

import java.time.ZoneId;
import java.util.Optional;

/** Where an educator works; the five countries of the network have one time zone each. */
public enum Country {

	AM("Asia/Yerevan"), AZ("Asia/Baku"), GE("Asia/Tbilisi"), RU(null), TJ("Asia/Dushanbe"), OTHER(null);

	private final String zone;

	Country(String zone) {
		this.zone = zone;
	}

	/** The country's only time zone; empty where the educator must choose. */
	public Optional<ZoneId> zone() {
		return Optional.ofNullable(this.zone).map(ZoneId::of);
	}

}
