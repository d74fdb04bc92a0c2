package org.socialchange.platform.bot;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.socialchange.platform.cluster.Cluster;

/**
 * Every update as it arrives, once: a redelivered update id is recognised, an update that
 * was received but not yet handled (the process stopped, or the instance that received it
 * died) is handed out again, and the update's content is forgotten as soon as it was
 * handled.
 */
@Component
public class UpdateInbox {

	private static final Logger log = LoggerFactory.getLogger(UpdateInbox.class);

	private final JdbcTemplate jdbc;

	private final Cluster cluster;

	UpdateInbox(JdbcTemplate jdbc, Cluster cluster) {
		this.jdbc = jdbc;
		this.cluster = cluster;
	}

	/** Stores the updates not seen before and answers those, in their order. */
	public List<Update> recordNew(List<Update> updates) {
		if (updates.isEmpty()) {
			return List.of();
		}
		long instance = this.cluster.instanceKey();
		int[] inserted = this.jdbc.batchUpdate(
				"insert into telegram_updates (update_id, payload, received_by) values (?, ?, ?) on conflict do nothing",
				updates, updates.size(), (statement, update) -> {
					statement.setLong(1, update.getUpdateId());
					statement.setString(2, json(update));
					statement.setLong(3, instance);
				})[0];
		List<Update> fresh = new ArrayList<>();
		for (int i = 0; i < updates.size(); i++) {
			if (inserted[i] != 0) {
				fresh.add(updates.get(i));
			}
			else {
				log.debug("Update {} was received before; ignoring the redelivery", updates.get(i).getUpdateId());
			}
		}
		return fresh;
	}

	/** The update was handled: its content is no longer kept. */
	public void handled(int updateId) {
		this.jdbc.update("update telegram_updates set handled_at = now(), payload = null where update_id = ?",
				(long) updateId);
	}

	/**
	 * Updates that were received but not handled by an instance that is gone (this one
	 * before a restart, or another that died), oldest first: this instance takes them
	 * over, so no other live instance handles them too.
	 */
	public List<Update> adoptUnhandled() {
		return this.jdbc
			.query("""
					update telegram_updates set received_by = ?
					where handled_at is null and (received_by is null or received_by not in ("""
					+ Cluster.LIVE_INSTANCES + """
							))
							returning update_id, payload""",
					(row, index) -> read(row.getLong("update_id"), row.getString("payload")),
					this.cluster.instanceKey())
			.stream()
			.filter((update) -> update != null)
			.sorted(Comparator.comparing(Update::getUpdateId))
			.toList();
	}

	/**
	 * Forgets update ids older than the given instant; Telegram redelivers an update for
	 * a day at most, so a week is a wide margin. Returns how many were forgotten.
	 */
	int forgetBefore(Instant instant) {
		return this.jdbc.update("delete from telegram_updates where received_at < ?", Timestamp.from(instant));
	}

	private Update read(long updateId, String payload) {
		try {
			return (payload != null) ? TelegramJson.MAPPER.readValue(payload, Update.class) : null;
		}
		catch (JsonProcessingException ex) {
			// the parser's message may quote the update, and so what the user wrote
			log.warn("Update {} could not be read back and is dropped: {}", updateId, ex.getClass().getSimpleName());
			handled((int) updateId);
			return null;
		}
	}

	private static String json(Update update) {
		try {
			return TelegramJson.MAPPER.writeValueAsString(update);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("An update cannot be written as JSON: " + ex.getOriginalMessage(), ex);
		}
	}

}
