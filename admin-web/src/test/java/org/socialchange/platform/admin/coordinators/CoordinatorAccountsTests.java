package org.socialchange.platform.admin.coordinators;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import org.junit.jupiter.api.Test;
import org.socialchange.platform.audit.AuditEntry;
import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.coordinators.Coordinator;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.EducatorScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Administrators manage accounts with real sign-in sessions on the real database:
 * invitations by one-time link, disabling that ends sessions, role changes that apply at
 * the next request.
 */
@SpringBootTest(properties = { "platform.data-dir=${java.io.tmpdir}/platform-admin-accounts-${random.uuid}",
		"platform.throwaway-database=true", "platform.telegram.token=" })
@AutoConfigureMockMvc
class CoordinatorAccountsTests {

	static final String PASSWORD = "correct horse battery staple";

	static final Pattern LINK = Pattern.compile("id=\"invitation-link\">(http[^<]*/invitations/([A-Za-z0-9_-]+))<");

	@Autowired
	MockMvc mvc;

	@Autowired
	CoordinatorManagement coordinators;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditLog audit;

	@Test
	void anInvitationLinkIsShownOnceAndCreatesTheAccountWithItsRoleAndScopeOnce() throws Exception {
		MockHttpSession admin = signIn(account("ines-admin@example.org", CoordinatorRole.ADMINISTRATOR));

		String page = this.mvc
			.perform(post("/coordinators/invite").session(admin)
				.with(csrf())
				.param("email", "Nino@Example.org")
				.param("role", "COORDINATOR")
				.param("countries", "GE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher link = LINK.matcher(page);
		assertThat(link.find()).as("the page shows the link").isTrue();
		String token = link.group(2);
		assertThat(this.mvc.perform(get("/coordinators").session(admin)).andReturn().getResponse().getContentAsString())
			.contains("ines-admin@example.org")
			.doesNotContain(token);

		assertThat(this.mvc.perform(get("/invitations/" + token)).andReturn().getResponse().getContentAsString())
			.contains("nino@example.org", "name=\"password\"");
		MvcResult tooShort = this.mvc
			.perform(post("/invitations/" + token).with(csrf()).param("password", "short").param("repeat", "short"))
			.andReturn();
		assertThat(tooShort.getResponse().getStatus()).isEqualTo(200);
		assertThat(this.coordinators.find("nino@example.org")).isEmpty();

		MvcResult accepted = this.mvc
			.perform(post("/invitations/" + token).with(csrf()).param("password", PASSWORD).param("repeat", PASSWORD))
			.andReturn();
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/login?invited");
		Coordinator nino = this.coordinators.find("nino@example.org").orElseThrow();
		assertThat(nino.role()).isEqualTo(CoordinatorRole.COORDINATOR);
		assertThat(nino.scope()).isEqualTo(EducatorScope.of(Set.of(Country.GE), Set.of()));
		assertThat(this.mvc.perform(get("/invitations/" + token)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.mvc
			.perform(post("/invitations/" + token).with(csrf()).param("password", PASSWORD).param("repeat", PASSWORD))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);

		MockHttpSession ninoSession = signIn("nino@example.org");
		assertThat(this.mvc.perform(get("/broadcasts/new").session(ninoSession)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(this.audit.about("coordinator:nino@example.org")).extracting(AuditEntry::action)
			.containsExactlyInAnyOrder("coordinator.invited", "coordinator.invitation.accepted");
	}

	@Test
	void disablingAnAccountEndsItsSessionAndItCannotSignInAgain() throws Exception {
		MockHttpSession admin = signIn(account("irakli-admin@example.org", CoordinatorRole.ADMINISTRATOR));
		Coordinator gia = this.coordinators.find(account("gia@example.org", CoordinatorRole.COORDINATOR)).orElseThrow();
		MockHttpSession giaSession = signIn("gia@example.org");
		assertThat(this.mvc.perform(get("/").session(giaSession)).andReturn().getResponse().getStatus()).isEqualTo(200);

		this.mvc.perform(post("/coordinators/" + gia.id() + "/disable").session(admin).with(csrf()));

		assertThat(this.mvc.perform(get("/").session(giaSession)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login?ended");
		assertThat(this.mvc.perform(get("/broadcasts").session(giaSession)).andReturn().getResponse().getStatus())
			.isEqualTo(302);
		assertThat(
				this.mvc.perform(formLogin("/login").userParameter("email").user("gia@example.org").password(PASSWORD))
					.andReturn()
					.getResponse()
					.getRedirectedUrl())
			.isEqualTo("/login?error");
		assertThat(this.audit.about("coordinator:gia@example.org")).extracting(AuditEntry::action)
			.contains("coordinator.disabled");

		this.mvc.perform(post("/coordinators/" + gia.id() + "/enable").session(admin).with(csrf()));
		assertThat(signIn("gia@example.org")).isNotNull();
	}

	@Test
	void aRoleChangeAppliesAtTheNextRequestOfAnOpenSession() throws Exception {
		MockHttpSession admin = signIn(account("tamar-admin@example.org", CoordinatorRole.ADMINISTRATOR));
		Coordinator levan = this.coordinators.find(account("levan@example.org", CoordinatorRole.VIEWER)).orElseThrow();
		MockHttpSession levanSession = signIn("levan@example.org");
		assertThat(this.mvc.perform(get("/broadcasts/new").session(levanSession)).andReturn().getResponse().getStatus())
			.isEqualTo(403);

		this.mvc.perform(post("/coordinators/" + levan.id()).session(admin)
			.with(csrf())
			.param("role", "COORDINATOR")
			.param("countries", "GE"));

		assertThat(this.mvc.perform(get("/broadcasts/new").session(levanSession)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(this.coordinators.find(levan.id()).orElseThrow().scope())
			.isEqualTo(EducatorScope.of(Set.of(Country.GE), Set.of()));
	}

	@Test
	void anAdministratorCannotDisableThemselves() throws Exception {
		String email = account("self-admin@example.org", CoordinatorRole.ADMINISTRATOR);
		MockHttpSession admin = signIn(email);
		Coordinator self = this.coordinators.find(email).orElseThrow();

		MvcResult result = this.mvc.perform(post("/coordinators/" + self.id() + "/disable").session(admin).with(csrf()))
			.andReturn();

		assertThat(result.getFlashMap().get("notice")).asString().contains("cannot disable your own account");
		assertThat(this.coordinators.find(email).orElseThrow().disabled()).isFalse();
	}

	@Test
	void anInvitationNeedsAValidEmailAndRole() throws Exception {
		MockHttpSession admin = signIn(account("keti-admin@example.org", CoordinatorRole.ADMINISTRATOR));

		String page = this.mvc
			.perform(post("/coordinators/invite").session(admin)
				.with(csrf())
				.param("email", "not an email")
				.param("role", "OWNER")
				.param("countries", "XX"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page)
			.contains("Enter a valid email address.", "Choose one of the roles.",
					"Choose only countries and networks from the list.")
			.doesNotContain("invitation-link");
	}

	String account(String email, CoordinatorRole role) {
		if (this.coordinators.find(email).isEmpty()) {
			this.coordinators.create(email, this.passwordEncoder.encode(PASSWORD), role, false);
			if (role == CoordinatorRole.ADMINISTRATOR) {
				this.coordinators.enableSecondFactor(email, new DefaultSecretGenerator().generate(), List.of());
			}
		}
		return email;
	}

	MockHttpSession signIn(String email) throws Exception {
		MvcResult result = this.mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("signed in").isEqualTo("/");
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		Optional<String> secret = this.coordinators.find(email).flatMap(Coordinator::totpSecret);
		if (secret.isPresent()) {
			String code = new DefaultCodeGenerator().generate(secret.get(), Instant.now().getEpochSecond() / 30);
			MvcResult coded = this.mvc
				.perform(MockMvcRequestBuilders.post("/login/code").session(session).with(csrf()).param("code", code))
				.andReturn();
			assertThat(coded.getResponse().getRedirectedUrl()).as("the second factor's code").isEqualTo("/");
		}
		return session;
	}

	@TestConfiguration
	static class Time {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
