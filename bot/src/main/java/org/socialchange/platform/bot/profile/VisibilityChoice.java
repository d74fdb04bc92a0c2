package org.socialchange.platform.bot.profile;

import java.util.Arrays;

import org.socialchange.platform.bot.ButtonData;
import org.socialchange.platform.bot.ButtonType;
import org.socialchange.platform.educators.Visibility;

/** Who sees the educator's name, region and initiatives: {@code vis:<VISIBILITY>}. */
record VisibilityChoice(Visibility visibility) implements ButtonData {

	static final ButtonType<VisibilityChoice> TYPE = ButtonType.of("vis",
			(value) -> Arrays.stream(Visibility.values())
				.filter((visibility) -> visibility.name().equals(value))
				.findFirst()
				.map(VisibilityChoice::new));

	@Override
	public String encode() {
		return TYPE.encode(this.visibility.name());
	}

}
