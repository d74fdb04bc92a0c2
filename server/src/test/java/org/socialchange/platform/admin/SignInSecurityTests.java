package org.socialchange.platform.admin;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.audit.AuditEntry;
import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin web as a stranger on the network meets it: guessing passwords is slowed down
 * and audited, pages carry a strict content policy, and behind a TLS proxy the session
 * cookie is Secure and SameSite=Strict. Each client comes through "a proxy" with its own
 * address (X-Forwarded-For from loopback), so no other test shares its throttle.
 */
@PlatformTest
class SignInSecurityTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	CoordinatorManagement coordinators;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twelveWrongPasswordsThenTheRightOneDoNotSignIn() throws Exception {
		String email = "guessed-" + System.nanoTime() + "@example.org";
		this.coordinators.create(email, this.passwords.encode("the right password 42"), CoordinatorRole.COORDINATOR,
				false);
		Client stranger = new Client("203.0.113.41");
		for (int i = 0; i < 12; i++) {
			stranger.signIn(email, "wrong guess " + i);
		}
		HttpResponse<String> right = stranger.signIn(email, "the right password 42");
		assertThat(right.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/login?throttled="));
		assertThat(stranger.get("/").headers().firstValue("Location")).as("still signed out")
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		assertThat(stranger.get(right.headers().firstValue("Location").orElseThrow()).body())
			.contains("Too many sign-in attempts");

		List<AuditEntry> entries = this.audit.about("account:" + email);
		assertThat(entries).extracting(AuditEntry::action)
			.contains(SignInAttempts.FAILED, SignInAttempts.THROTTLED)
			.doesNotContain(SignInAttempts.SUCCEEDED);
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.details()).contains("203.0.113.41").doesNotContain("wrong guess", "right password");
		});
	}

	@Test
	void aCoordinatorWhoTypesTheRightPasswordSignsInAndIsAudited() throws Exception {
		String email = "signs-in-" + System.nanoTime() + "@example.org";
		this.coordinators.create(email, this.passwords.encode("a good long password"), CoordinatorRole.COORDINATOR,
				false);
		Client coordinator = new Client("198.51.100.77");
		coordinator.signIn(email, "a typo in the password");
		HttpResponse<String> signedIn = coordinator.signIn(email, "a good long password");
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("login"));
		assertThat(coordinator.get("/").statusCode()).isEqualTo(200);
		assertThat(this.audit.about("account:" + email)).extracting(AuditEntry::action)
			.containsExactly(SignInAttempts.SUCCEEDED, SignInAttempts.FAILED);
	}

	@Test
	void aOneTimePasswordNoLongerSignsInAfter24Hours() throws Exception {
		String email = "one-time-" + System.nanoTime() + "@example.org";
		this.coordinators.oneTimePassword(email, this.passwords.encode("printed once 2026"),
				CoordinatorRole.COORDINATOR);
		this.jdbc.update(
				"update coordinators set one_time_password_expires_at = now() - interval '1 minute' where email = ?",
				email);
		HttpResponse<String> expired = new Client("198.51.100.81").signIn(email, "printed once 2026");
		assertThat(expired.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?expired"));

		this.jdbc.update(
				"update coordinators set one_time_password_expires_at = now() + interval '1 hour' where email = ?",
				email);
		HttpResponse<String> valid = new Client("198.51.100.82").signIn(email, "printed once 2026");
		assertThat(valid.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("/login"));
	}

	@Test
	void aSecondFactorCodeWorksOnceAndARecoveryCodeOnce() throws Exception {
		String email = "two-step-" + System.nanoTime() + "@example.org";
		String secret = new DefaultSecretGenerator().generate();
		this.coordinators.create(email, this.passwords.encode("two step password 9"), CoordinatorRole.COORDINATOR,
				false);
		this.coordinators.enableSecondFactor(email, secret, List.of(this.passwords.encode("abcd-efgh-ijkl-mnop")));

		Client first = new Client("198.51.100.90");
		first.signIn(email, "two step password 9");
		assertThat(first.get("/").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login/code"));
		String code = new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
		assertThat(first.post("/login/code", "code", code).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(":" + this.port + "/"));
		assertThat(first.get("/").statusCode()).isEqualTo(200);

		Client replay = new Client("198.51.100.91");
		replay.signIn(email, "two step password 9");
		assertThat(replay.post("/login/code", "code", code).body()).as("the same code again")
			.contains("not correct or was already used");
		assertThat(replay.get("/").statusCode()).isEqualTo(302);
		assertThat(replay.post("/login/code", "code", "abcd-efgh-ijkl-mnop").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(":" + this.port + "/"));
		assertThat(replay.get("/").statusCode()).isEqualTo(200);

		Client again = new Client("198.51.100.92");
		again.signIn(email, "two step password 9");
		assertThat(again.post("/login/code", "code", "abcd-efgh-ijkl-mnop").body()).as("a used recovery code")
			.contains("not correct or was already used");
		assertThat(this.audit.about("account:" + email)).extracting(AuditEntry::action)
			.contains("signin.code.accepted", "signin.code.failed");
	}

	@Test
	void changingThePasswordNeedsTheCurrentOneAndEndsTheAccountsOtherSessions() throws Exception {
		String email = "two-sessions-" + System.nanoTime() + "@example.org";
		this.coordinators.create(email, this.passwords.encode("first password 1234"), CoordinatorRole.COORDINATOR,
				false);
		Client laptop = new Client("198.51.100.95");
		Client stolenPhone = new Client("198.51.100.96");
		laptop.signIn(email, "first password 1234");
		stolenPhone.signIn(email, "first password 1234");
		assertThat(stolenPhone.get("/").statusCode()).isEqualTo(200);

		assertThat(laptop
			.post("/account/password", "current", "not the password", "password", "second password 5678", "repeat",
					"second password 5678")
			.body()).contains("This is not your current password.");
		assertThat(stolenPhone.get("/").statusCode()).as("nothing changed yet").isEqualTo(200);

		assertThat(laptop
			.post("/account/password", "current", "first password 1234", "password", "second password 5678", "repeat",
					"second password 5678")
			.statusCode()).isEqualTo(302);
		assertThat(laptop.get("/").statusCode()).as("the session that changed it stays").isEqualTo(200);
		assertThat(stolenPhone.get("/").headers().firstValue("Location")).as("the other session ended")
			.hasValueSatisfying((location) -> assertThat(location).contains("/login"));
		assertThat(stolenPhone.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void pagesCarryAStrictContentPolicyAndNoReferrer() throws Exception {
		HttpResponse<String> login = new Client("198.51.100.78").get("/login");
		assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("script-src 'self';", "style-src 'self';", "frame-ancestors 'none'")
					.doesNotContain("unsafe-inline"));
		assertThat(login.headers().firstValue("Referrer-Policy")).contains("no-referrer");
		assertThat(login.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
				(policy) -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
		assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
	}

	@Test
	void behindATlsProxyTheSessionCookieIsSecureAndStrict() throws Exception {
		HttpResponse<String> overHttps = new Client("198.51.100.79").get("/login", "X-Forwarded-Proto", "https");
		assertThat(overHttps.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Strict"));
		assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).isPresent();

		HttpResponse<String> plain = new Client("198.51.100.80").get("/login");
		assertThat(plain.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).contains("HttpOnly", "SameSite=Strict").doesNotContain("Secure"));
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	/** A browser of its own: cookies, no redirects followed, one client address. */
	private final class Client {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private final String address;

		Client(String address) {
			this.address = address;
		}

		HttpResponse<String> get(String path, String... headers) throws Exception {
			HttpRequest.Builder request = request(path);
			if (headers.length > 0) {
				request.headers(headers);
			}
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String... fieldsAndValues) throws Exception {
			Matcher csrf = CSRF.matcher(get(path).body());
			assertThat(csrf.find()).isTrue();
			StringBuilder form = new StringBuilder("_csrf=" + encode(csrf.group(1)));
			for (int i = 0; i < fieldsAndValues.length; i += 2) {
				form.append('&').append(fieldsAndValues[i]).append('=').append(encode(fieldsAndValues[i + 1]));
			}
			return this.http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> signIn(String email, String password) throws Exception {
			Matcher csrf = CSRF.matcher(get("/login").body());
			assertThat(csrf.find()).isTrue();
			String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf="
					+ encode(csrf.group(1));
			return this.http.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private HttpRequest.Builder request(String path) {
			String url = path.startsWith("http") ? path : "http://127.0.0.1:" + SignInSecurityTests.this.port + path;
			return HttpRequest.newBuilder(URI.create(url)).header("X-Forwarded-For", this.address);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
