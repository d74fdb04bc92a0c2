package org.socialchange.platform.initiatives;

/**
 * Where agreeing to exchange contacts stands: the peer has not agreed yet, or both have
 * and each may now see the other's Telegram account.
 */
public record ContactExchange(boolean both, long educatorId, long peerId) {

}
