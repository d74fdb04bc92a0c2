package org.socialchange.platform.admin.groups;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.Visibility;
import org.socialchange.platform.groups.GroupAccess;
import org.socialchange.platform.groups.GroupText;
import org.socialchange.platform.groups.JoinPolicy;
import org.socialchange.platform.groups.PeerGroup;
import org.socialchange.platform.groups.PeerGroupDraft;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.identity.TelegramUserId;
import org.socialchange.platform.translations.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A group's page in the admin web honours each member's visibility: its facilitator sees
 * by name those who show their profile to their peer groups or the whole network, and
 * only counts those who show it to coordinators; a coordinator of the country sees all
 * three.
 */
@SpringBootTest(properties = { "platform.data-dir=${java.io.tmpdir}/platform-admin-visibility-${random.uuid}",
		"platform.throwaway-database=true", "platform.telegram.token=" })
@AutoConfigureMockMvc
class GroupMembersVisibilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PeerGroupManagement groups;

	@Autowired
	EducatorManagement educators;

	@Autowired
	CoordinatorManagement coordinators;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFacilitatorSeesTheMembersWhoShowThemselvesBeyondCoordinatorsAndTheCoordinatorSeesAll() throws Exception {
		long facilitator = this.coordinators
			.create("visibility-facilitator@example.org", "{noop}x", CoordinatorRole.FACILITATOR, false)
			.id();
		this.coordinators.create("visibility-coordinator@example.org", "{noop}x", CoordinatorRole.COORDINATOR, false);
		PeerGroup group = this.groups.create(
				new PeerGroupDraft(Map.of(Language.RU, new GroupText("Учителя Гюмри", null)), Set.of(), Country.AM,
						Network.ALUMNI, Language.RU, JoinPolicy.OPEN, null, Set.of(facilitator)),
				new GroupAccess(0, "admin@example.org", CoordinatorRole.ADMINISTRATOR, EducatorScope.all()));
		member(group, 9_200_001L, "Peers Ani", Visibility.PEER_GROUPS);
		member(group, 9_200_002L, "Network Aram", Visibility.NETWORK);
		member(group, 9_200_003L, "Hidden Lilit", Visibility.COORDINATORS);

		String facilitatorPage = page(group, "visibility-facilitator@example.org", CoordinatorRole.FACILITATOR);
		assertThat(facilitatorPage).contains("Peers Ani", "Network Aram", "hidden-members")
			.doesNotContain("Hidden Lilit");
		String coordinatorPage = page(group, "visibility-coordinator@example.org", CoordinatorRole.COORDINATOR);
		assertThat(coordinatorPage).contains("Peers Ani", "Network Aram", "Hidden Lilit")
			.doesNotContain("hidden-members");
	}

	private String page(PeerGroup group, String email, CoordinatorRole role) throws Exception {
		return this.mvc.perform(get("/groups/" + group.id()).with(user(email).roles(role.name())))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void member(PeerGroup group, long telegramId, String name, Visibility visibility) {
		this.jdbc.update("""
				insert into educators (telegram_user_id, chat_id, language, time_zone, joined_at, updated_at,
				    registered_at, consented_at, country, network, display_name, visibility, admission)
				values (?, ?, 'hy', 'Asia/Yerevan', now(), now(), now(), now(), 'AM', 'ALUMNI', ?, ?, 'MEMBER')""",
				telegramId, telegramId, name, visibility.name());
		Educator educator = this.educators.find(TelegramUserId.of(telegramId)).orElseThrow();
		this.groups.join(educator, group.id());
	}

	@TestConfiguration
	static class Time {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
