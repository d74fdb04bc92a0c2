/**
 * Peer groups: where educators from different towns and countries learn from each other.
 * Their names and descriptions per language, topics, join policy and capacity, their
 * facilitators (admin-web accounts), members and join requests, invite links (of a group
 * and of the network) and the Telegram group chat linked to each.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Peer groups",
		allowedDependencies = { "coordinators", "delivery", "educators", "identity", "privacy", "translations" })
package org.socialchange.platform.groups;
