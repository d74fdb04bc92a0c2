package org.socialchange.platform.bot.groups;

import java.util.Optional;

import org.socialchange.platform.bot.ButtonData;
import org.socialchange.platform.bot.ButtonType;

/**
 * A facilitator's answer to a join request, e.g. {@code gdec:a:17:2034}.
 *
 * @param approve approve, or decline
 * @param groupId the group
 * @param educatorId the applicant
 */
record GroupDecision(boolean approve, long groupId, long educatorId) implements ButtonData {

	static final ButtonType<GroupDecision> TYPE = ButtonType.of("gdec", GroupDecision::decode);

	@Override
	public String encode() {
		return TYPE.encode(this.approve ? "a" : "d", Long.toString(this.groupId), Long.toString(this.educatorId));
	}

	private static Optional<GroupDecision> decode(String value) {
		String[] parts = value.split(":", -1);
		if (parts.length != 3 || !(parts[0].equals("a") || parts[0].equals("d"))) {
			return Optional.empty();
		}
		try {
			return Optional
				.of(new GroupDecision(parts[0].equals("a"), Long.parseLong(parts[1]), Long.parseLong(parts[2])));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
