package org.socialchange.platform.admin.matrix;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.socialchange.platform.broadcasts.BroadcastDraft;
import org.socialchange.platform.broadcasts.BroadcastManagement;
import org.socialchange.platform.broadcasts.Timing;
import org.socialchange.platform.coordinators.Coordinator;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.EducatorAudience.Filter;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.groups.GroupAccess;
import org.socialchange.platform.groups.GroupText;
import org.socialchange.platform.groups.JoinPolicy;
import org.socialchange.platform.groups.NetworkInvites;
import org.socialchange.platform.groups.PeerGroupDraft;
import org.socialchange.platform.groups.PeerGroupManagement;
import org.socialchange.platform.identity.EducatorId;
import org.socialchange.platform.initiatives.InitiativeDraft;
import org.socialchange.platform.initiatives.InitiativeManagement;
import org.socialchange.platform.initiatives.Stage;
import org.socialchange.platform.training.ProgramDraft;
import org.socialchange.platform.training.ProgramManagement;
import org.socialchange.platform.training.ProgramSchedule;
import org.socialchange.platform.training.ProgramText;
import org.socialchange.platform.training.PromptDraft;
import org.socialchange.platform.training.PromptText;
import org.socialchange.platform.training.Question;
import org.socialchange.platform.translations.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every account kind × every endpoint of the admin web × an in-scope and an out-of-scope
 * id (or audience): allowed, or 403, 404 or sign-in with none of the out-of-scope data in
 * the answer. The endpoints come from Spring MVC's own mappings, so a new endpoint
 * without a row here fails {@link #everyEndpointHasARow()}. A row is one line:
 * {@code row("METHOD /path", KIND, "administrator all-countries georgia facilitator viewer disabled anonymous")};
 * an outcome is {@code ok}, {@code 403}, {@code 404} or {@code login}, and {@code in|out}
 * gives the outcomes for an in-scope and an out-of-scope id.
 */
@SpringBootTest(properties = { "platform.data-dir=${java.io.tmpdir}/platform-admin-matrix-${random.uuid}",
		"platform.throwaway-database=true", "platform.telegram.token=" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	/** The text of the broadcast to Azerbaijan: no out-of-scope answer may hold it. */
	static final String SECRET = "Salam Azerbaijan secret-7f3a";

	/** The text of the broadcast to Georgia. */
	static final String VISIBLE = "Gamarjoba Georgia visible-2b1c";

	/**
	 * The expected outcome per endpoint, one line each; the columns are the accounts in
	 * the order of {@link Account}.
	 */
	static final Map<String, Row> MATRIX = matrix(
	// @formatter:off
			row("GET /", Kind.NONE,                              "ok ok ok ok ok login login"),
			row("GET /login", Kind.NONE,                         "ok ok ok ok ok login ok"),
			row("GET /account/password", Kind.NONE,              "ok ok ok ok ok login login"),
			row("POST /account/password", Kind.NONE,             "ok ok ok ok ok login login"),
			row("GET /broadcasts", Kind.NONE,                    "ok ok ok 403 ok login login"),
			row("GET /broadcasts/new", Kind.NONE,                "ok ok ok 403 403 login login"),
			row("GET /broadcasts/audience", Kind.AUDIENCE,       "ok ok ok|404 403 ok|404 login login"),
			row("POST /broadcasts", Kind.AUDIENCE,               "ok ok ok|404 403 403 login login"),
			row("POST /broadcasts/test", Kind.AUDIENCE,          "ok ok ok|404 403 403 login login"),
			row("GET /broadcasts/{id}", Kind.BROADCAST,          "ok ok ok|404 403 ok|404 login login"),
			row("GET /broadcasts/{id}/progress", Kind.BROADCAST, "ok ok ok|404 403 ok|404 login login"),
			row("POST /broadcasts/{id}/cancel", Kind.BROADCAST,  "ok ok ok|404 403 403 login login"),
			row("POST /broadcasts/{id}/approve", Kind.BROADCAST, "ok ok ok|404 403 403 login login"),
			row("POST /broadcasts/{id}/reject", Kind.BROADCAST,  "ok ok ok|404 403 403 login login"),
			row("GET /login/code", Kind.NONE,                    "ok ok ok ok ok login login"),
			row("POST /login/code", Kind.NONE,                   "ok ok ok ok ok login login"),
			row("GET /account/two-factor", Kind.NONE,            "ok ok ok ok ok login login"),
			row("POST /account/two-factor", Kind.NONE,           "ok ok ok ok ok login login"),
			row("GET /account/telegram", Kind.NONE,              "ok ok ok ok ok login login"),
			row("POST /account/telegram/code", Kind.NONE,        "ok ok ok ok ok login login"),
			row("POST /account/telegram/unlink", Kind.NONE,      "ok ok ok ok ok login login"),
			row("GET /audit", Kind.NONE,                         "ok 403 403 403 403 login login"),
			row("GET /coordinators", Kind.NONE,                  "ok 403 403 403 403 login login"),
			row("GET /coordinators/invite", Kind.NONE,           "ok 403 403 403 403 login login"),
			row("POST /coordinators/invite", Kind.NONE,          "ok 403 403 403 403 login login"),
			row("GET /coordinators/{id}", Kind.ACCOUNT,          "ok|404 403 403 403 403 login login"),
			row("POST /coordinators/{id}", Kind.ACCOUNT,         "ok|404 403 403 403 403 login login"),
			row("POST /coordinators/{id}/disable", Kind.ACCOUNT, "ok|404 403 403 403 403 login login"),
			row("POST /coordinators/{id}/enable", Kind.ACCOUNT,  "ok|404 403 403 403 403 login login"),
			row("GET /invitations/{token}", Kind.INVITATION,     "ok|404 ok|404 ok|404 ok|404 ok|404 login ok|404"),
			row("POST /invitations/{token}", Kind.INVITATION,    "ok|404 ok|404 ok|404 ok|404 ok|404 login ok|404"),
			row("GET /groups", Kind.NONE,                        "ok ok ok ok ok login login"),
			row("GET /groups/new", Kind.NONE,                    "ok ok ok 403 403 login login"),
			row("POST /groups", Kind.NONE,                       "ok ok ok 403 403 login login"),
			row("GET /groups/{id}", Kind.GROUP,                  "ok ok ok|404 ok|404 ok|404 login login"),
			row("GET /groups/{id}/edit", Kind.GROUP,             "ok ok ok|404 ok|404 404 login login"),
			row("POST /groups/{id}", Kind.GROUP,                 "ok ok ok|404 ok|404 403 login login"),
			row("POST /groups/{id}/invite", Kind.GROUP,          "ok ok ok|404 ok|404 403 login login"),
			row("POST /groups/{id}/invite/revoke", Kind.GROUP,   "ok ok ok|404 ok|404 403 login login"),
			row("POST /groups/{id}/chat/code", Kind.GROUP,       "ok ok ok|404 ok|404 403 login login"),
			row("POST /groups/{id}/chat/unlink", Kind.GROUP,     "ok ok ok|404 ok|404 403 login login"),
			row("POST /groups/{id}/requests/{educator}/approve", Kind.GROUP, "ok ok ok|404 ok|404 403 login login"),
			row("POST /groups/{id}/requests/{educator}/decline", Kind.GROUP, "ok ok ok|404 ok|404 403 login login"),
			row("GET /educators/pending", Kind.NONE,             "ok ok ok 403 ok login login"),
			row("POST /educators/{id}/approve", Kind.PENDING,    "ok ok ok|404 403 403 login login"),
			row("POST /educators/{id}/decline", Kind.PENDING,    "ok ok ok|404 403 403 login login"),
			row("GET /invites", Kind.NONE,                       "ok ok ok 403 403 login login"),
			row("POST /invites", Kind.NONE,                      "ok ok ok 403 403 login login"),
			row("POST /invites/{id}/revoke", Kind.NETWORK_INVITE, "ok ok ok|404 403 403 login login"),
			row("POST /groups/{id}/digest", Kind.GROUP,          "ok ok ok|404 ok|404 403 login login"),
			row("GET /initiatives", Kind.NONE,                   "ok ok ok 403 ok login login"),
			row("GET /initiatives/{id}", Kind.INITIATIVE,        "ok ok ok|404 403 ok|404 login login"),
			row("GET /reports", Kind.NONE,                       "ok ok ok 403 ok login login"),
			row("POST /updates/{id}/hide", Kind.UPDATE,          "ok ok ok|404 403 403 login login"),
			row("POST /updates/{id}/dismiss", Kind.UPDATE,       "ok ok ok|404 403 403 login login"),
			row("GET /training", Kind.NONE,                      "ok ok ok 403 ok login login"),
			row("GET /training/new", Kind.NONE,                  "ok ok ok 403 403 login login"),
			row("POST /training", Kind.NONE,                     "ok ok ok 403 403 login login"),
			row("GET /training/{id}", Kind.PROGRAM,              "ok ok ok|404 403 ok|404 login login"),
			row("GET /training/{id}/edit", Kind.PROGRAM,         "ok ok ok|404 403 403 login login"),
			row("POST /training/{id}", Kind.PROGRAM,             "ok ok ok|404 403 403 login login"),
			row("GET /training/{id}/results", Kind.PROGRAM,      "ok ok ok|404 403 ok|404 login login"),
			row("GET /training/{id}/results.csv", Kind.PROGRAM,  "ok ok ok|404 403 ok|404 login login"),
			row("GET /training/{id}/prompts/new", Kind.PROGRAM,  "ok ok ok|404 403 403 login login"),
			row("POST /training/{id}/prompts", Kind.PROGRAM,     "ok ok ok|404 403 403 login login"),
			row("GET /training/{id}/prompts/{prompt}", Kind.PROMPT, "ok ok ok|404 403 ok|404 login login"),
			row("POST /training/{id}/prompts/{prompt}", Kind.PROMPT, "ok ok ok|404 403 403 login login"),
			row("POST /training/{id}/prompts/{prompt}/move", Kind.PROMPT, "ok ok ok|404 403 403 login login"),
			row("POST /training/{id}/prompts/{prompt}/delete", Kind.PROMPT, "ok ok ok|404 403 403 login login"),
			row("POST /training/{id}/audiences", Kind.PROGRAM,   "ok ok ok|404 403 403 login login"),
			row("POST /training/{id}/start", Kind.PROGRAM,       "ok ok ok|404 403 403 login login"),
			row("POST /training/{id}/archive", Kind.PROGRAM,     "ok ok ok|404 403 403 login login")
			// @formatter:on
	);

	/** Spring Boot's own error page, not a page of ours. */
	static final Set<String> NOT_OURS = Set.of("GET /error", "POST /error", "PUT /error", "DELETE /error",
			"PATCH /error", "HEAD /error", "OPTIONS /error", "TRACE /error");

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestMappingHandlerMapping mappings;

	@Autowired
	CoordinatorManagement coordinators;

	@Autowired
	BroadcastManagement broadcasts;

	@Autowired
	PeerGroupManagement groups;

	@Autowired
	NetworkInvites invites;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EducatorManagement educators;

	@Autowired
	InitiativeManagement initiatives;

	long georgiaInitiative;

	long azerbaijanInitiative;

	long georgiaUpdate;

	long azerbaijanUpdate;

	long georgiaGroup;

	long azerbaijanGroup;

	long georgiaPending;

	long azerbaijanPending;

	long georgiaInvite;

	long azerbaijanInvite;

	long georgiaBroadcast;

	long azerbaijanBroadcast;

	@Autowired
	ProgramManagement programs;

	long georgiaProgram;

	long azerbaijanProgram;

	long georgiaPrompt;

	long azerbaijanPrompt;

	GroupAccess everything;

	long account;

	String token;

	@BeforeAll
	void accountsAndBroadcasts() {
		String admin = Account.ADMINISTRATOR.email;
		for (Account account : Account.values()) {
			if (account.role != null) {
				Coordinator created = this.coordinators.create(account.email, "{noop}unused", account.role, false);
				this.coordinators.assign(created.id(), account.role, account.countries, Set.of(), admin);
				if (account == Account.DISABLED) {
					this.coordinators.disable(created.id(), admin);
				}
			}
		}
		this.account = this.coordinators
			.create("target@example.org", "{noop}unused", CoordinatorRole.COORDINATOR, false)
			.id();
		this.georgiaBroadcast = this.broadcasts.schedule(draft(VISIBLE, Country.GE), admin, EducatorScope.all()).id();
		this.azerbaijanBroadcast = this.broadcasts.schedule(draft(SECRET, Country.AZ), admin, EducatorScope.all()).id();
		this.token = this.coordinators
			.invite("invitee@example.org", CoordinatorRole.VIEWER, Set.of(Country.GE), Set.of(), admin)
			.token();
		GroupAccess everything = new GroupAccess(0, admin, CoordinatorRole.ADMINISTRATOR, EducatorScope.all());
		long facilitator = this.coordinators.find(Account.FACILITATOR.email).orElseThrow().id();
		this.georgiaGroup = this.groups.create(group(VISIBLE, Country.GE, Set.of(facilitator)), everything).id();
		this.azerbaijanGroup = this.groups.create(group(SECRET, Country.AZ, Set.of()), everything).id();
		this.georgiaPending = pending(VISIBLE, Country.GE, 9_100_001L);
		this.azerbaijanPending = pending(SECRET, Country.AZ, 9_100_002L);
		this.georgiaInvite = this.invites.create(VISIBLE, Country.GE, Network.ALUMNI, everything).id();
		this.azerbaijanInvite = this.invites.create(SECRET, Country.AZ, Network.ALUMNI, everything).id();
		Educator georgian = member(VISIBLE, Country.GE, 9_100_003L);
		Educator azerbaijani = member(SECRET, Country.AZ, 9_100_004L);
		this.georgiaInitiative = initiative(georgian, VISIBLE);
		this.azerbaijanInitiative = initiative(azerbaijani, SECRET);
		this.georgiaUpdate = this.initiatives.post(georgian, this.georgiaInitiative, VISIBLE, List.of(), null).id();
		this.azerbaijanUpdate = this.initiatives.post(azerbaijani, this.azerbaijanInitiative, SECRET, List.of(), null)
			.id();
		this.initiatives.report(georgian, this.azerbaijanUpdate, SECRET);
		this.initiatives.report(azerbaijani, this.georgiaUpdate, VISIBLE);
		this.everything = everything;
		this.georgiaProgram = this.programs.create(program(VISIBLE, Country.GE), everything).id();
		this.azerbaijanProgram = this.programs.create(program(SECRET, Country.AZ), everything).id();
		this.georgiaPrompt = prompt(this.georgiaProgram, VISIBLE);
		this.azerbaijanPrompt = prompt(this.azerbaijanProgram, SECRET);
	}

	static ProgramDraft program(String title, Country country) {
		return new ProgramDraft(Map.of(Language.RU, new ProgramText(title, title)),
				ProgramSchedule.everyDays(1, LocalTime.of(10, 0), LocalDate.of(2099, 1, 1), null), country, null, false,
				false);
	}

	long prompt(long program, String text) {
		return this.programs
			.addPrompt(program,
					new PromptDraft(Map.of(Language.RU, new PromptText(text, List.of())), null, null, Question.NONE),
					this.everything)
			.id();
	}

	Educator member(String name, Country country, long telegramId) {
		long id = pending(name, country, telegramId);
		this.jdbc.update("update educators set admission = 'MEMBER', visibility = 'NETWORK' where id = ?", id);
		return this.educators.byId(EducatorId.of(id)).orElseThrow();
	}

	long initiative(Educator author, String title) {
		return this.initiatives
			.create(author, new InitiativeDraft(title, title, Set.of(), null, Stage.RUNNING, Set.of(), Set.of()))
			.id();
	}

	static PeerGroupDraft group(String name, Country country, Set<Long> facilitators) {
		return new PeerGroupDraft(Map.of(Language.RU, new GroupText(name, name)), Set.of(), country, Network.ALUMNI,
				Language.RU, JoinPolicy.APPROVAL, null, facilitators);
	}

	long pending(String name, Country country, long telegramId) {
		this.jdbc.update("""
				insert into educators (telegram_user_id, chat_id, language, time_zone, joined_at, updated_at,
				    registered_at, consented_at, country, network, display_name, admission)
				values (?, ?, 'ru', 'UTC', now(), now(), now(), now(), ?, 'ALUMNI', ?, 'PENDING')""", telegramId,
				telegramId, country.name(), name);
		Long id = this.jdbc.queryForObject("select id from educators where telegram_user_id = ?", Long.class,
				telegramId);
		return (id != null) ? id : 0;
	}

	@Test
	void everyEndpointHasARow() {
		Set<String> endpoints = endpoints();
		assertThat(endpoints).as("endpoints of the admin web without a row in the authorization matrix")
			.allMatch(MATRIX::containsKey);
		assertThat(MATRIX.keySet()).as("rows of the matrix without an endpoint").allMatch(endpoints::contains);
	}

	@Test
	void everyAccountGetsWhatItsRoleAndScopeAllowAndNoOutOfScopeData() throws Exception {
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<String, Row> entry : MATRIX.entrySet()) {
			Row row = entry.getValue();
			for (Account account : Account.values()) {
				String[] outcomes = row.outcomes.get(account).split("\\|");
				for (boolean inScope : (row.kind == Kind.NONE) ? new boolean[] { true }
						: new boolean[] { true, false }) {
					String expected = (inScope || outcomes.length == 1) ? outcomes[0] : outcomes[1];
					MockHttpServletResponse response = perform(entry.getKey(), row.kind, inScope, account);
					String actual = outcome(response);
					checked++;
					String what = entry.getKey() + " as " + account
							+ ((row.kind != Kind.NONE) ? ((inScope) ? " (in scope)" : " (out of scope)") : "");
					if (!expected.equals(actual)) {
						wrong.add(what + ": expected " + expected + " but was " + actual + " (" + response.getStatus()
								+ " " + response.getRedirectedUrl() + ")");
					}
					if (!account.seesAzerbaijan && response.getContentAsString().contains(SECRET)) {
						wrong.add(what + ": the answer holds the text of the broadcast to Azerbaijan");
					}
				}
			}
		}
		assertThat(wrong).as("cells of the authorization matrix that differ").isEmpty();
		assertThat(checked).isGreaterThan(MATRIX.size() * Account.values().length);
	}

	MockHttpServletResponse perform(String endpoint, Kind kind, boolean inScope, Account account) throws Exception {
		String[] parts = endpoint.split(" ", 2);
		String path = parts[1];
		if (kind == Kind.BROADCAST) {
			path = path.replace("{id}", Long.toString(inScope ? this.georgiaBroadcast : this.azerbaijanBroadcast));
		}
		else if (kind == Kind.ACCOUNT) {
			path = path.replace("{id}", Long.toString(inScope ? this.account : 987654321L));
		}
		else if (kind == Kind.GROUP) {
			path = path.replace("{id}", Long.toString(inScope ? this.georgiaGroup : this.azerbaijanGroup))
				.replace("{educator}", Long.toString(this.georgiaPending));
		}
		else if (kind == Kind.PENDING) {
			path = path.replace("{id}", Long.toString(inScope ? this.georgiaPending : this.azerbaijanPending));
		}
		else if (kind == Kind.NETWORK_INVITE) {
			path = path.replace("{id}", Long.toString(inScope ? this.georgiaInvite : this.azerbaijanInvite));
		}
		else if (kind == Kind.INITIATIVE) {
			path = path.replace("{id}", Long.toString(inScope ? this.georgiaInitiative : this.azerbaijanInitiative));
		}
		else if (kind == Kind.UPDATE) {
			path = path.replace("{id}", Long.toString(inScope ? this.georgiaUpdate : this.azerbaijanUpdate));
		}
		else if (kind == Kind.PROGRAM) {
			path = path.replace("{id}", Long.toString(inScope ? this.georgiaProgram : this.azerbaijanProgram));
		}
		else if (kind == Kind.PROMPT) {
			long program = inScope ? this.georgiaProgram : this.azerbaijanProgram;
			// a deleted prompt is gone: each deletion gets its own
			long prompt = path.endsWith("/delete") ? prompt(program, inScope ? VISIBLE : SECRET)
					: inScope ? this.georgiaPrompt : this.azerbaijanPrompt;
			path = path.replace("{id}", Long.toString(program)).replace("{prompt}", Long.toString(prompt));
		}
		else if (kind == Kind.INVITATION) {
			path = path.replace("{token}", inScope ? this.token : "not-a-real-token");
		}
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), path)
			.param("textRu", inScope ? VISIBLE : SECRET)
			.param("fallback", "ru")
			.param("countries", inScope ? "GE" : "AZ")
			.param("timing", "AT")
			.param("at", "2099-01-01T10:00")
			.param("zone", "UTC")
			.param("testLanguage", "ru")
			.param("testChatId", "424242")
			.param("frequency", "DAILY")
			.param("day", "MONDAY")
			.param("hour", "18");
		if (!"GET".equals(parts[0])) {
			request.with(csrf());
		}
		if (account.role != null || account == Account.DISABLED) {
			request.with(user(account.email).roles(account.signedInRole));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	static String outcome(MockHttpServletResponse response) {
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		if (status >= 300 && status < 400 && location != null && location.matches("(.*//[^/]+)?/login([?#].*)?")) {
			return "login";
		}
		if (status == 403 || status == 404) {
			return Integer.toString(status);
		}
		return (status < 400) ? "ok" : "status " + status;
	}

	Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			Set<String> methods = new TreeSet<>();
			mapping.getKey().getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
			if (methods.isEmpty()) {
				methods.addAll(List.of("GET", "POST", "PUT", "DELETE", "PATCH"));
			}
			for (String pattern : mapping.getKey().getPatternValues()) {
				for (String method : methods) {
					String endpoint = method + " " + pattern;
					if (!NOT_OURS.contains(endpoint)) {
						endpoints.add(endpoint);
					}
				}
			}
		}
		return endpoints;
	}

	static BroadcastDraft draft(String text, Country country) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		texts.put(Language.RU, text);
		return new BroadcastDraft(texts, Language.RU, null, null, new Filter(Set.of(country), Set.of(), Set.of()),
				Timing.AT, LocalDateTime.of(2099, 1, 1, 10, 0), ZoneId.of("UTC"), null);
	}

	static Row row(String endpoint, Kind kind, String outcomes) {
		String[] cells = outcomes.trim().split("\\s+");
		Account[] accounts = Account.values();
		if (cells.length != accounts.length) {
			throw new IllegalArgumentException(
					endpoint + ": one outcome per account, in the order " + List.of(accounts));
		}
		Map<Account, String> byAccount = new EnumMap<>(Account.class);
		for (int i = 0; i < cells.length; i++) {
			byAccount.put(accounts[i], cells[i]);
		}
		return new Row(endpoint, kind, byAccount);
	}

	static Map<String, Row> matrix(Row... rows) {
		Map<String, Row> matrix = new LinkedHashMap<>();
		for (Row row : rows) {
			if (matrix.put(row.endpoint, row) != null) {
				throw new IllegalArgumentException("Two rows for " + row.endpoint);
			}
		}
		return matrix;
	}

	/** What the ids or the audience of an endpoint are. */
	enum Kind {

		/** No id: the one request. */
		NONE,

		/** A broadcast id: to Georgia (in scope) or to Azerbaijan (out of scope). */
		BROADCAST,

		/**
		 * An initiative id: of an educator in Georgia (in scope) or Azerbaijan (out of
		 * scope).
		 */
		INITIATIVE,

		/**
		 * An update id: on an initiative in Georgia (in scope) or Azerbaijan (out of
		 * scope).
		 */
		UPDATE,

		/** An audience in the form: Georgia (in scope) or Azerbaijan (out of scope). */
		AUDIENCE,

		/** An account id: one that exists, or one that does not. */
		ACCOUNT,

		/** An invitation token: a valid one, or one that is not. */
		INVITATION,

		/**
		 * A peer group of Georgia (facilitated by the facilitator) or of Azerbaijan; a
		 * request of a pending educator.
		 */
		GROUP,

		/** A pending educator of Georgia or of Azerbaijan. */
		PENDING,

		/** A network invite link for Georgia or for Azerbaijan. */
		NETWORK_INVITE,

		/** A training program for Georgia or for Azerbaijan. */
		PROGRAM,

		/** A prompt of the training program for Georgia or of the one for Azerbaijan. */
		PROMPT

	}

	/** The accounts of the matrix, in the order of its columns. */
	enum Account {

		ADMINISTRATOR("admin@example.org", CoordinatorRole.ADMINISTRATOR, Set.of(), true),

		ALL_COUNTRIES("all@example.org", CoordinatorRole.COORDINATOR, Set.of(), true),

		GEORGIA("georgia@example.org", CoordinatorRole.COORDINATOR, Set.of(Country.GE), false),

		FACILITATOR("facilitator@example.org", CoordinatorRole.FACILITATOR, Set.of(), false),

		VIEWER("viewer@example.org", CoordinatorRole.VIEWER, Set.of(Country.GE), false),

		/**
		 * A coordinator for all countries whose account was disabled during the session.
		 */
		DISABLED("disabled@example.org", CoordinatorRole.COORDINATOR, Set.of(), false),

		ANONYMOUS(null, null, Set.of(), false);

		final String email;

		final CoordinatorRole role;

		final Set<Country> countries;

		final boolean seesAzerbaijan;

		final String signedInRole;

		Account(String email, CoordinatorRole role, Set<Country> countries, boolean seesAzerbaijan) {
			this.email = email;
			this.role = role;
			this.countries = countries;
			this.seesAzerbaijan = seesAzerbaijan;
			this.signedInRole = (role != null) ? role.name() : null;
		}

	}

	/** One endpoint's expected outcomes. */
	record Row(String endpoint, Kind kind, Map<Account, String> outcomes) {
	}

	@TestConfiguration
	static class Time {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
