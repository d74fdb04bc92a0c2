package org.socialchange.platform.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only this machine into the sandbox unless it was opened on purpose
 * ({@code PLATFORM_SANDBOX=open}): a request counts as local when it arrived on a
 * loopback interface from a loopback address and no proxy forwarded it. The interface is
 * what decides, since forwarded headers can rewrite the client's address but not the
 * socket it came in on. Anyone else gets 404, as if there were no sandbox.
 */
class SandboxAccess extends OncePerRequestFilter {

	static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
			"X-Real-IP");

	private static final Logger log = LoggerFactory.getLogger(SandboxAccess.class);

	private static final int MAX_WARNED = 1000;

	private final boolean open;

	private final Set<String> warned = ConcurrentHashMap.newKeySet();

	SandboxAccess(SandboxSettings.Access access) {
		this.open = access == SandboxSettings.Access.OPEN;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (admit(request, response)) {
			chain.doFilter(request, response);
		}
	}

	/**
	 * Whether the request may use the sandbox; if not, it has been answered 404.
	 */
	boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (this.open || isLocal(request)) {
			return true;
		}
		String client = request.getRemoteAddr();
		if (this.warned.size() < MAX_WARNED && this.warned.add(client)) {
			log.warn("Refused the sandbox to {}: it answers only this machine (PLATFORM_SANDBOX=open opens it)",
					client);
		}
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
		return false;
	}

	static boolean isLocal(HttpServletRequest request) {
		return isLoopback(request.getLocalAddr()) && isLoopback(request.getRemoteAddr())
				&& FORWARDING_HEADERS.stream().noneMatch((header) -> request.getHeader(header) != null);
	}

	private static boolean isLoopback(String address) {
		if (address == null || address.isEmpty() || !address.matches("[0-9a-fA-F:.%]+")) {
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
