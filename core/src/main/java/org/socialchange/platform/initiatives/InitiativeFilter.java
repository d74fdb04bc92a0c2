package org.socialchange.platform.initiatives;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Topic;

/** What a search asks for: words, a topic, a country, a stage; {@code null}: any. */
public record InitiativeFilter(String keywords, Topic topic, Country country, Stage stage) {

	public static final InitiativeFilter ANY = new InitiativeFilter(null, null, null, null);

	public boolean hasKeywords() {
		return !SearchWords.words(this.keywords).isEmpty();
	}

}
