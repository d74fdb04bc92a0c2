/**
 * Broadcasts coordinators compose and schedule: one message per recipient in the delivery
 * outbox, with progress and cancellation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Broadcasts",
		allowedDependencies = { "coordinators", "delivery", "educators", "groups", "identity", "translations" })
package org.socialchange.platform.broadcasts;
