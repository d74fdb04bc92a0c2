package org.socialchange.platform.journeys;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.broadcasts.BroadcastDraft;
import org.socialchange.platform.broadcasts.BroadcastManagement;
import org.socialchange.platform.broadcasts.Timing;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.coordinators.TelegramLinkCode;
import org.socialchange.platform.educators.EducatorAudience.Filter;
import org.socialchange.platform.translations.Language;
import org.socialchange.platform.translations.Messages;

import org.socialchange.platform.educators.EducatorScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator links their own Telegram account by sending the bot the one-time code of
 * their account page, through the sandbox with the real TelegramBots client; a broadcast
 * test then reaches that account, and wrong codes are refused and throttled.
 */
@PlatformTest
class CoordinatorLinkJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Messages messages;

	@Autowired
	CoordinatorManagement coordinators;

	@Autowired
	BroadcastManagement broadcasts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCoordinatorLinksTheirAccountWithTheCodeAndTheTestReachesIt() {
		SandboxClient sandbox = new SandboxClient(this.port);
		String email = "link-" + System.nanoTime() + "@example.org";
		this.coordinators.create(email, "x", CoordinatorRole.COORDINATOR, false);
		long user = sandbox.createUser("Nino", "ka");
		TelegramLinkCode code = this.coordinators.offerTelegramLink(email);

		int sent = sandbox.write(user, "/link " + code.code());

		JsonNode answer = sandbox.awaitBotMessage(user, sent);
		assertThat(answer.get("text").asString())
			.isEqualTo(this.messages.format(Language.KA, "coordinator.link.done", Map.of("account", email)));
		assertThat(this.coordinators.telegram(email)).hasValueSatisfying((link) -> {
			assertThat(link.chatId()).isEqualTo(user);
			assertThat(link.name()).isEqualTo("Nino");
		});
		assertThat(this.jdbc.queryForObject("select count(*) from educators where telegram_user_id = ?", Integer.class,
				user))
			.as("linking stores no educator")
			.isZero();

		this.broadcasts.sendTest(draft(), Language.KA, email, EducatorScope.all());

		assertThat(sandbox.awaitBotMessage(user, answer.get("messageId").asInt()).get("text").asString())
			.isEqualTo("გამარჯობა");
	}

	@Test
	void aWrongOrUsedCodeIsRefusedInTheUsersLanguageAndAttemptsAreThrottled() {
		SandboxClient sandbox = new SandboxClient(this.port);
		String email = "used-" + System.nanoTime() + "@example.org";
		this.coordinators.create(email, "x", CoordinatorRole.COORDINATOR, false);
		long owner = sandbox.createUser("Owner", "en");
		TelegramLinkCode code = this.coordinators.offerTelegramLink(email);
		sandbox.awaitBotMessage(owner, sandbox.write(owner, "/link " + code.code()));
		long stranger = sandbox.createUser("Stranger", "ru");
		String invalid = this.messages.format(Language.RU, "coordinator.link.invalid");

		int used = sandbox.write(stranger, "/link " + code.code());
		assertThat(sandbox.awaitBotMessage(stranger, used).get("text").asString()).isEqualTo(invalid);
		for (int attempt = 2; attempt <= 5; attempt++) {
			int wrong = sandbox.write(stranger, "/link WRONG" + attempt + "XY");
			assertThat(sandbox.awaitBotMessage(stranger, wrong).get("text").asString()).isEqualTo(invalid);
		}
		int sixth = sandbox.write(stranger, "/link " + this.coordinators.offerTelegramLink(email).code());

		assertThat(sandbox.awaitBotMessage(stranger, sixth).get("text").asString())
			.isEqualTo(this.messages.format(Language.RU, "coordinator.link.throttled"));
		assertThat(this.coordinators.telegram(email).orElseThrow().chatId()).isEqualTo(owner);
	}

	static BroadcastDraft draft() {
		return new BroadcastDraft(Map.of(Language.KA, "გამარჯობა"), Language.KA, null, null, Filter.everyone(),
				Timing.NOW, null, ZoneId.of("Asia/Tbilisi"), (LocalDateTime) null);
	}

}
