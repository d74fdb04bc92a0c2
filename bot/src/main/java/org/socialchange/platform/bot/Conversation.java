package org.socialchange.platform.bot;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.TelegramUserId;

/**
 * The bot asked and waits for an answer: which flow, at which step, with what it has
 * gathered so far, until when; suspended after {@code /cancel} in flows that keep their
 * answers.
 */
public record Conversation(TelegramUserId user, ChatId chat, String flow, String step, Map<String, String> state,
		boolean suspended, Instant expiresAt) {

	public Conversation {
		state = Map.copyOf(state);
	}

	public boolean isOf(String flowName) {
		return this.flow.equals(flowName);
	}

	public Optional<String> get(String key) {
		return Optional.ofNullable(this.state.get(key));
	}

	/** The same conversation at another step. */
	public Conversation at(String nextStep) {
		return new Conversation(this.user, this.chat, this.flow, nextStep, this.state, this.suspended, this.expiresAt);
	}

	/** The same conversation, suspended or waiting again. */
	public Conversation suspended(boolean suspended) {
		return new Conversation(this.user, this.chat, this.flow, this.step, this.state, suspended, this.expiresAt);
	}

	/** The same conversation with one state entry set ({@code null} removes it). */
	public Conversation with(String key, String value) {
		Map<String, String> next = new HashMap<>(this.state);
		if (value == null) {
			next.remove(key);
		}
		else {
			next.put(key, value);
		}
		return new Conversation(this.user, this.chat, this.flow, this.step, next, this.suspended, this.expiresAt);
	}

}
