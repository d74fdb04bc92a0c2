package org.socialchange.platform.admin;

import org.socialchange.platform.coordinators.CoordinatorManagement;
import org.socialchange.platform.coordinators.CoordinatorRole;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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

	static final String[] TELEGRAM = { "/sandbox/**", "/telegram/**" };

	static final String ADMINISTRATOR = CoordinatorRole.ADMINISTRATOR.name();

	static final String COORDINATOR = CoordinatorRole.COORDINATOR.name();

	static final String VIEWER = CoordinatorRole.VIEWER.name();

	/**
	 * By role: accounts pages for administrators only; broadcasts for administrators and
	 * coordinators, readable by viewers, not for facilitators; a viewer only reads (GET),
	 * except for their own password and signing out. Which educators and broadcasts each
	 * one sees is the core's business (scopes).
	 */
	@Bean
	SecurityFilterChain adminWebSecurity(HttpSecurity http, SecurityContextRepository securityContexts,
			CoordinatorManagement coordinators) {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(STATIC_RESOURCES)
			.permitAll()
			.requestMatchers(TELEGRAM)
			.permitAll()
			.requestMatchers("/login", "/error", "/invitations/*")
			.permitAll()
			.requestMatchers("/coordinators", "/coordinators/**")
			.hasRole(ADMINISTRATOR)
			.requestMatchers(AccountController.PASSWORD_PAGE, "/logout")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/broadcasts/new")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR)
			.requestMatchers(HttpMethod.GET, "/broadcasts", "/broadcasts/**")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR, VIEWER)
			.requestMatchers("/broadcasts", "/broadcasts/**")
			.hasAnyRole(ADMINISTRATOR, COORDINATOR)
			.requestMatchers(HttpMethod.GET, "/**")
			.authenticated()
			.anyRequest()
			.hasAnyRole(ADMINISTRATOR, COORDINATOR))
			.formLogin((login) -> login.loginPage("/login").usernameParameter("email"))
			.logout(Customizer.withDefaults())
			.csrf((csrf) -> csrf.ignoringRequestMatchers(TELEGRAM))
			.headers(Customizer.withDefaults())
			.securityContext((context) -> context.securityContextRepository(securityContexts))
			.addFilterBefore(new SignedInFilter(coordinators, securityContexts), AuthorizationFilter.class)
			.addFilterAfter(new PasswordChangeFilter(), AuthorizationFilter.class);
		return http.build();
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
	CoordinatorUsers coordinatorUsers(CoordinatorManagement coordinators) {
		return new CoordinatorUsers(coordinators);
	}

}
