package org.socialchange.platform.admin;

import org.socialchange.platform.coordinators.CoordinatorManagement;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

	@Bean
	SecurityFilterChain adminWebSecurity(HttpSecurity http, SecurityContextRepository securityContexts) {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(STATIC_RESOURCES)
			.permitAll()
			.requestMatchers(TELEGRAM)
			.permitAll()
			.requestMatchers("/login", "/error")
			.permitAll()
			.requestMatchers("/audit", "/audit/**")
			.hasRole("ADMINISTRATOR")
			.anyRequest()
			.authenticated())
			.formLogin((login) -> login.loginPage("/login").usernameParameter("email"))
			.logout(Customizer.withDefaults())
			.csrf((csrf) -> csrf.ignoringRequestMatchers(TELEGRAM))
			.headers(Customizer.withDefaults())
			.securityContext((context) -> context.securityContextRepository(securityContexts))
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
