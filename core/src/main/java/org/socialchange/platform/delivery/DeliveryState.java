package org.socialchange.platform.delivery;

/** Where one outgoing message stands; every state but {@code PENDING} is final. */
public enum DeliveryState {

	PENDING, SENT, FAILED, BLOCKED, EXPIRED, CANCELLED

}
