package org.socialchange.platform.educators;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import org.socialchange.platform.delivery.ChatBlocked;
import org.socialchange.platform.identity.ChatId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willDoNothing;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.timeout;

/**
 * A chat that blocked the bot reaches the educators feature through Spring Modulith's
 * event publication registry: a listener that fails leaves its publication incomplete in
 * the {@code event_publication} table, and resubmitting it (as a restart does) completes
 * it.
 */
@SpringBootTest(properties = { "platform.data-dir=${java.io.tmpdir}/platform-core-tests-${random.uuid}",
		"platform.throwaway-database=true", "spring.modulith.events.completion-mode=delete" })
class BlockedChatsTests {

	static final ChatId CHAT = ChatId.of(7_000_001L);

	@MockitoBean
	EducatorManagement educators;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void keepsAFailedPublicationIncompleteUntilItIsResubmitted() {
		willThrow(new IllegalStateException("The database is away")).given(this.educators).markUnreachable(CHAT);

		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new ChatBlocked(CHAT)));

		then(this.educators).should(timeout(5000)).markUnreachable(CHAT);
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(publications()).singleElement()
				.satisfies((row) -> assertThat(row).containsEntry("status", "FAILED")
					.containsEntry("completion_date", null)));

		willDoNothing().given(this.educators).markUnreachable(CHAT);
		this.incomplete.resubmitIncompletePublications((publication) -> publication.getEvent() instanceof ChatBlocked);

		then(this.educators).should(timeout(5000).times(2)).markUnreachable(CHAT);
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(publications()).isEmpty());
	}

	List<Map<String, Object>> publications() {
		return this.jdbc.queryForList("select status, completion_date from event_publication where event_type = ?",
				ChatBlocked.class.getName());
	}

}
