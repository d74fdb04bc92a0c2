package org.socialchange.platform.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The first administrator's email and password ({@code ADMIN_EMAIL},
 * {@code ADMIN_PASSWORD}), used only while no coordinator exists.
 */
@ConfigurationProperties("platform.admin")
record AdminSettings(String email, String password) {

	boolean hasEmail() {
		return StringUtils.hasText(this.email);
	}

	boolean hasPassword() {
		return StringUtils.hasText(this.password);
	}

	@Override
	public String toString() {
		return "AdminSettings[email=" + this.email + ", password=" + (hasPassword() ? "******" : "none") + "]";
	}

}
