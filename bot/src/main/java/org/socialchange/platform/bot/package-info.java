/**
 * The Telegram adapter. This package is the kernel every feature uses (intake, dispatch
 * by chat type, conversations, replies, keyboards, button data, the command menu); the
 * features live in sub-packages ({@code registration}, {@code profile}, {@code privacy},
 * {@code coordinators}, {@code groups}, {@code initiatives}, {@code training}) and reach
 * the domain only through the core modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Telegram bot",
		allowedDependencies = { "coordinators", "delivery", "educators", "groups", "identity", "initiatives", "privacy",
				"cluster", "sandbox", "training", "translations" })
package org.socialchange.platform.bot;
