package org.socialchange.platform.bot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.TelegramUserId;

/**
 * The persisted conversations, one per user and chat: a new one replaces whatever the
 * user was in; an expired one is as good as none.
 */
@Component
public class Conversations {

	private static final TypeReference<Map<String, String>> STATE = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Conversations(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The conversation that waits for the user's answer here, unless suspended. */
	public Optional<Conversation> active(TelegramUserId user, ChatId chat) {
		return find(user, chat).filter((conversation) -> !conversation.suspended());
	}

	/** The user's conversation here, suspended or not, unless it expired. */
	public Optional<Conversation> find(TelegramUserId user, ChatId chat) {
		return this.jdbc
			.query("select * from conversations where user_id = ? and chat_id = ? and expires_at > ?", this::row,
					user.value(), chat.value(), Timestamp.from(this.clock.instant()))
			.stream()
			.findFirst();
	}

	/** Starts a conversation, replacing any other of the user in this chat. */
	public Conversation start(TelegramUserId user, ChatId chat, String flow, String step, Map<String, String> state,
			Duration lifetime) {
		Instant now = this.clock.instant();
		Conversation conversation = new Conversation(user, chat, flow, step, state, false, now.plus(lifetime));
		this.jdbc.update(
				"""
						insert into conversations (user_id, chat_id, flow, step, state, suspended, started_at, updated_at, expires_at)
						values (?, ?, ?, ?, ?, false, ?, ?, ?)
						on conflict (user_id, chat_id) do update set flow = excluded.flow, step = excluded.step,
						    state = excluded.state, suspended = false, started_at = excluded.started_at,
						    updated_at = excluded.updated_at, expires_at = excluded.expires_at""",
				user.value(), chat.value(), flow, step, json(state), Timestamp.from(now), Timestamp.from(now),
				Timestamp.from(conversation.expiresAt()));
		return conversation;
	}

	/** Stores where the conversation stands now (step, state, suspension). */
	public Conversation save(Conversation conversation) {
		this.jdbc.update(
				"update conversations set step = ?, state = ?, suspended = ?, updated_at = ? "
						+ "where user_id = ? and chat_id = ? and flow = ?",
				conversation.step(), json(conversation.state()), conversation.suspended(),
				Timestamp.from(this.clock.instant()), conversation.user().value(), conversation.chat().value(),
				conversation.flow());
		return conversation;
	}

	/** {@code /cancel} in a flow that keeps its answers: waits until resumed. */
	public Conversation suspend(Conversation conversation) {
		return save(conversation.suspended(true));
	}

	public Conversation resume(Conversation conversation) {
		return save(conversation.suspended(false));
	}

	/** The conversation is over. */
	public void end(Conversation conversation) {
		this.jdbc.update("delete from conversations where user_id = ? and chat_id = ? and flow = ?",
				conversation.user().value(), conversation.chat().value(), conversation.flow());
	}

	/** Every conversation of a user, for their data export. */
	public List<Conversation> of(TelegramUserId user) {
		return this.jdbc.query("select * from conversations where user_id = ? order by chat_id", this::row,
				user.value());
	}

	/** Forgets every conversation of a user (erasure). */
	public int forget(TelegramUserId user) {
		return this.jdbc.update("delete from conversations where user_id = ?", user.value());
	}

	/** Forgets conversations that expired before the given instant. */
	public int forgetExpired(Instant now) {
		return this.jdbc.update("delete from conversations where expires_at <= ?", Timestamp.from(now));
	}

	private Conversation row(ResultSet row, int index) throws SQLException {
		return new Conversation(TelegramUserId.of(row.getLong("user_id")), ChatId.of(row.getLong("chat_id")),
				row.getString("flow"), row.getString("step"), state(row.getString("state")),
				row.getBoolean("suspended"), row.getTimestamp("expires_at").toInstant());
	}

	private static String json(Map<String, String> state) {
		try {
			return TelegramJson.MAPPER.writeValueAsString(state);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> state(String json) {
		try {
			return TelegramJson.MAPPER.readValue(json, STATE);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable conversation state: " + ex.getOriginalMessage(), ex);
		}
	}

}
