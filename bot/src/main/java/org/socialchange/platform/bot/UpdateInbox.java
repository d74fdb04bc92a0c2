package org.socialchange.platform.bot;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every update as it arrives, once: a redelivered update id is recognised, an update that
 * was received but not yet handled (the process stopped) is handed out again, and the
 * update's content is forgotten as soon as it was handled.
 */
@Component
public class UpdateInbox {

	private static final Logger log = LoggerFactory.getLogger(UpdateInbox.class);

	private final JdbcTemplate jdbc;

	UpdateInbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the updates not seen before and answers those, in their order. */
	public List<Update> recordNew(List<Update> updates) {
		if (updates.isEmpty()) {
			return List.of();
		}
		int[] inserted = this.jdbc.batchUpdate(
				"insert into telegram_updates (update_id, payload) values (?, ?) on conflict do nothing", updates,
				updates.size(), (statement, update) -> {
					statement.setLong(1, update.getUpdateId());
					statement.setString(2, json(update));
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

	/** Updates that were received but not handled, oldest first. */
	public List<Update> unhandled() {
		return this.jdbc
			.query("select update_id, payload from telegram_updates where handled_at is null order by update_id",
					(row, index) -> read(row.getLong("update_id"), row.getString("payload")))
			.stream()
			.filter((update) -> update != null)
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
