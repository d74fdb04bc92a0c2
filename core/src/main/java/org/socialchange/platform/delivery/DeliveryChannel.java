package org.socialchange.platform.delivery;

/**
 * The port through which the delivery engine sends; the bot implements it with the
 * Telegram Bot API. An implementation answers every failure with an outcome, never an
 * exception.
 */
public interface DeliveryChannel {

	SendOutcome send(OutgoingMessage message);

}
