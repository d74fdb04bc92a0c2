package org.socialchange.platform.training;

/**
 * One audience of a program: a group's id, a country's or network's name, or nothing for
 * {@link AudienceKind#ALL}.
 */
public record Audience(AudienceKind kind, String value) {

	public Audience {
		value = (value != null) ? value : "";
	}

	public static Audience group(long groupId) {
		return new Audience(AudienceKind.GROUP, Long.toString(groupId));
	}

}
