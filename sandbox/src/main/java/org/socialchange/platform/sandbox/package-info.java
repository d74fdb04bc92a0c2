/**
 * A stand-in of the Telegram Bot API for sandbox mode (private chats, groups,
 * supergroups, forum topics) and its chat page; it depends on no module of ours.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Telegram sandbox", allowedDependencies = {})
package org.socialchange.platform.sandbox;
