/**
 * The delivery engine: the durable outbox of bulk messages, its workers and the one rate
 * limiter. It depends on no feature: features tell it who can be reached
 * ({@link org.socialchange.platform.delivery.Recipients}) and hear when a chat blocked
 * the bot ({@link org.socialchange.platform.delivery.ChatBlocked}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery",
		allowedDependencies = { "identity", "privacy", "cluster" })
package org.socialchange.platform.delivery;
