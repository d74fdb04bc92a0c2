package org.socialchange.platform.journeys;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.bot.UpdateIntake;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An update that was stored but not handled when the process stopped (Telegram was
 * already told it arrived) is handled at the next start, and its content is not kept
 * afterwards.
 */
@PlatformTest
class UpdateInboxTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UpdateIntake intake;

	@Autowired
	Messages messages;

	@Test
	void anUpdateStoredButNotHandledBeforeAStopIsHandledAtTheNextStart() throws InterruptedException {
		SandboxClient sandbox = new SandboxClient(this.port);
		long user = sandbox.createUser("Tamar", "ka");
		long updateId = 2_000_000_000L + (System.nanoTime() % 100_000_000L);
		String update = """
				{"update_id": %d, "message": {"message_id": 900001, "date": %d,
				 "from": {"id": %d, "is_bot": false, "first_name": "Tamar", "language_code": "ka"},
				 "chat": {"id": %d, "type": "private", "first_name": "Tamar"},
				 "text": "/help", "entities": [{"type": "bot_command", "offset": 0, "length": 5}]}}"""
			.formatted(updateId, Instant.now().getEpochSecond(), user, user);
		this.jdbc.update("insert into telegram_updates (update_id, payload) values (?, ?)", updateId, update);

		this.intake.resumeUnhandled();

		String help = this.messages.format(Language.KA, "help.commands");
		sandbox.awaitChat(user,
				(chat) -> chat.get("messages")
					.valueStream()
					.anyMatch((m) -> m.get("fromBot").asBoolean() && m.get("text").asString().startsWith(help)));
		// the answer goes out first, then the update is marked handled
		long deadline = System.nanoTime() + 10_000_000_000L;
		Map<String, Object> row = row(updateId);
		while (row.get("handled_at") == null && System.nanoTime() < deadline) {
			Thread.sleep(50);
			row = row(updateId);
		}
		assertThat(row.get("handled_at")).isNotNull();
		assertThat(row.get("payload")).as("nothing of the message is kept once it was handled").isNull();
	}

	private Map<String, Object> row(long updateId) {
		return this.jdbc.queryForMap("select payload, handled_at from telegram_updates where update_id = ?", updateId);
	}

}
