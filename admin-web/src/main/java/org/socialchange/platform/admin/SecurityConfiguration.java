package org.socialchange.platform.admin;

import java.time.Clock;
import java.util.Map;

import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Coordinators sign in with email and password on our own login page; every page but the
 * public ones (login, errors, static files, the Telegram sandbox and webhook) needs a
 * signed-in coordinator who has replaced any one-time password.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AdminSettings.class, TelegramMode.class })
class SecurityConfiguration {

	static final String[] STATIC_RESOURCES = { "/css/**", "/js/**", "/favicon.ico" };

	static final String SANDBOX = "/sandbox/**";

	/**
	 * Admin pages run no inline script or style and are never framed; the sandbox chat
	 * page has its own chain.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	static final String ADMINISTRATOR = CoordinatorRole.ADMINISTRATOR.name();

	static final String COORDINATOR = CoordinatorRole.COORDINATOR.name();

	static final String VIEWER = CoordinatorRole.VIEWER.name();

	static final String FACILITATOR = CoordinatorRole.FACILITATOR.name();

	/**
	 * By role: accounts pages for administrators only; broadcasts for administrators and
	 * coordinators, readable by viewers, not for facilitators (so are training programs);
	 * a viewer only reads (GET), except for their own password and signing out. Which
	 * educators and broadcasts each one sees is the core's business (scopes).
	 */
	@Bean
	SignInThrottle signInThrottle(ObjectProvider<Clock> clock) {
		return new SignInThrottle(clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	SignInAttempts signInAttempts(SignInThrottle throttle, ObjectProvider<AuditLog> audit) {
		return new SignInAttempts(throttle, audit);
	}

	@Bean
	FilterRegistrationBean<SignInAttempts> signInAttemptsOutsideTheServletChain(SignInAttempts attempts) {
		FilterRegistrationBean<SignInAttempts> registration = new FilterRegistrationBean<>(attempts);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * Telegram's webhook, exactly its one path: Telegram signs in with the webhook's
	 * secret, which the endpoint checks, and keeps no session and sends no CSRF token.
	 */
	@Bean
	@Order(0)
	@Conditional(TelegramMode.WebhookConfigured.class)
	SecurityFilterChain webhookSecurity(HttpSecurity http, TelegramMode telegram) {
		String path = telegram.webhookPath();
		// a malformed URL matches nothing here: the bot refuses to start with it
		RequestMatcher webhook = (path != null) ? PathPatternRequestMatcher.pathPattern(path) : (request) -> false;
		http.securityMatcher(webhook)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain sandboxSecurity(HttpSecurity http) {
		http.securityMatcher(SANDBOX)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(
						"default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
								+ "img-src 'self' data: blob:; frame-ancestors 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain adminWebSecurity(HttpSecurity http, SecurityContextRepository securityContexts,
			SignInAttempts signInAttempts, CoordinatorManagement coordinators) {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(STATIC_RESOURCES)
			.permitAll()
			.requestMatchers("/login", "/error", "/invitations/*")
			.permitAll()
			.requestMatchers("/coordinators", "/coordinators/**", "/audit", "/audit/**")
			.hasRole(ADMINISTRATOR)
			.requestMatchers(AccountController.PASSWORD_PAGE, "/logout", SecondFactorController.CODE_PAGE,
					SecondFactorController.ENROL_PAGE, "/account/telegram", "/account/telegram/**")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/broadcasts/new")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR)
			.requestMatchers(HttpMethod.GET, "/broadcasts", "/broadcasts/**")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR, VIEWER)
			.requestMatchers("/broadcasts", "/broadcasts/**")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR)
			.requestMatchers(HttpMethod.GET, "/groups/new")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR)
			.requestMatchers(HttpMethod.GET, "/groups", "/groups/**")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR, FACILITATOR, VIEWER)
			.requestMatchers(HttpMethod.POST, "/groups")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR)
			.requestMatchers("/groups/**")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR, FACILITATOR)
			.requestMatchers(HttpMethod.GET, "/educators/pending")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR, VIEWER)
			.requestMatchers("/educators/**")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR)
			.requestMatchers("/invites", "/invites/**")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR)
			.requestMatchers(HttpMethod.GET, "/initiatives", "/initiatives/**", "/reports")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR, VIEWER)
			.requestMatchers(HttpMethod.GET, "/training/new", "/training/*/edit", "/training/*/prompts/new")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR)
			.requestMatchers(HttpMethod.GET, "/training", "/training/**")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR, VIEWER)
			.requestMatchers("/training", "/training/**")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR)
			.requestMatchers("/updates/**")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR)
			.requestMatchers(HttpMethod.GET, "/**")
			.authenticated()
			.anyRequest()
			.hasAnyRole(ADMINISTRATOR, COORDINATOR))
			.formLogin((login) -> login.loginPage("/login").usernameParameter("email").failureHandler(signInFailures()))
			.logout(Customizer.withDefaults())
			.csrf(Customizer.withDefaults())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
			.addFilterBefore(signInAttempts, UsernamePasswordAuthenticationFilter.class)
			.securityContext((context) -> context.securityContextRepository(securityContexts))
			.addFilterBefore(new SignedInFilter(coordinators, securityContexts), AuthorizationFilter.class)
			.addFilterAfter(new SignInStepsFilter(), AuthorizationFilter.class);
		return http.build();
	}

	/** An expired one-time password is told apart; every other failure looks the same. */
	private static AuthenticationFailureHandler signInFailures() {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		failures.setExceptionMappings(Map.of(CredentialsExpiredException.class.getName(), "/login?expired"));
		return failures;
	}

	@Bean
	SessionAuthorities sessionAuthorities(SecurityContextRepository securityContexts) {
		return new SessionAuthorities(securityContexts);
	}

	@Bean
	SecondFactor secondFactor(ObjectProvider<Clock> clock) {
		return new SecondFactor(clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	CoordinatorUsers coordinatorUsers(CoordinatorManagement coordinators, ObjectProvider<Clock> clock) {
		return new CoordinatorUsers(coordinators, clock.getIfAvailable(Clock::systemUTC));
	}

}
