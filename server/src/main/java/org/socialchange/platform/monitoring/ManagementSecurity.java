package org.socialchange.platform.monitoring;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Spring Boot runs the application's security filters on the management server too, where
 * the admin web's chain would send Prometheus to the login page. Requests that arrived on
 * the management server (its own port, loopback by default) are open: it serves only
 * health and metrics, and the network keeps strangers from it. Nothing matches on the
 * public port, where {@code /actuator/**} is not served at all (and asks for a sign-in,
 * as every unknown page does); nor when {@code MANAGEMENT_PORT} is set to the public
 * port, which would put the endpoints behind the admin sign-in.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

	/** The server namespace Spring Boot gives the management server's context. */
	static final String MANAGEMENT = "management";

	@Bean
	@Order(0)
	SecurityFilterChain managementServerSecurity(HttpSecurity http) {
		http.securityMatcher(ManagementSecurity::onManagementServer)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

	static boolean onManagementServer(HttpServletRequest request) {
		WebApplicationContext context = WebApplicationContextUtils
			.getWebApplicationContext(request.getServletContext());
		return WebServerApplicationContext.hasServerNamespace(context, MANAGEMENT);
	}

}
