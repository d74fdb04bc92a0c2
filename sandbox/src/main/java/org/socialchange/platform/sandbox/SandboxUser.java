package org.socialchange.platform.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** A simulated Telegram user: name and the language their Telegram app reports. */
record SandboxUser(long id, String firstName, String languageCode) {

	Map<String, Object> toBotApi() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", this.id);
		json.put("is_bot", false);
		json.put("first_name", this.firstName);
		if (this.languageCode != null && !this.languageCode.isBlank()) {
			json.put("language_code", this.languageCode);
		}
		return json;
	}

	Map<String, Object> privateChat() {
		return Map.of("id", this.id, "type", "private", "first_name", this.firstName);
	}

}
