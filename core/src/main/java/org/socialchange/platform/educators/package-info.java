/**
 * Educators: registration, profile, pausing; who bulk messages may reach (implementing
 * delivery's {@link org.socialchange.platform.delivery.Recipients}) and what happens when
 * a chat blocks the bot; their part of personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Educators",
		allowedDependencies = { "delivery", "identity", "privacy", "translations" })
package org.socialchange.platform.educators;
