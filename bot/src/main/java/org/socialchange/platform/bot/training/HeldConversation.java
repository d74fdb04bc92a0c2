package org.socialchange.platform.bot.training;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.socialchange.platform.bot.Conversation;
import org.socialchange.platform.bot.Conversations;
import org.socialchange.platform.bot.TelegramJson;

/**
 * Another conversation that a reflection interrupted, kept (flow, step, state,
 * suspension, expiry) in the reflection's own state and put back exactly as it was
 * afterwards.
 */
record HeldConversation(String flow, String step, Map<String, String> state, boolean suspended, long expiresAtMillis) {

	static HeldConversation of(Conversation conversation) {
		return new HeldConversation(conversation.flow(), conversation.step(), conversation.state(),
				conversation.suspended(), conversation.expiresAt().toEpochMilli());
	}

	String json() {
		try {
			return TelegramJson.MAPPER.writeValueAsString(this);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Optional<HeldConversation> read(String json) {
		try {
			return Optional.of(TelegramJson.MAPPER.readValue(json, HeldConversation.class));
		}
		catch (JsonProcessingException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Puts the conversation back for the user in the chat unless it expired meanwhile;
	 * returns whether it now waits for the user's answer again.
	 */
	boolean restore(Conversations conversations, Conversation reflection, Instant now) {
		Instant expiresAt = Instant.ofEpochMilli(this.expiresAtMillis);
		if (!now.isBefore(expiresAt)) {
			return false;
		}
		Conversation restored = conversations.start(reflection.user(), reflection.chat(), this.flow, this.step,
				this.state, Duration.between(now, expiresAt));
		if (this.suspended) {
			conversations.suspend(restored);
		}
		return !this.suspended;
	}

}
