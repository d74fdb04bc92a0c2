package org.socialchange.platform.telegram;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.socialchange.platform.PlatformTest;
import org.socialchange.platform.SandboxClient;
import org.socialchange.platform.sandbox.SandboxMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Only this machine may use the sandbox: a client on another address of the network, or a
 * request a proxy forwarded, gets 404 from every sandbox path; and no simulated user has
 * an id a real Telegram account can have.
 */
@PlatformTest
class SandboxAccessTests {

	static final String[] PATHS = { "/sandbox", "/sandbox/api/users", "/sandbox/api/groups",
			"/sandbox/telegram/bot" + SandboxMode.TOKEN + "/getMe" };

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aClientOnAnotherAddressOfTheNetworkFindsNoSandbox() throws Exception {
		Optional<InetAddress> lan = nonLoopbackAddress();
		assumeThat(lan).as("this machine has a non-loopback IPv4 address").isPresent();
		new SandboxClient(this.port).createUser("Secret", "en");
		for (String path : PATHS) {
			HttpResponse<String> response = get("http://" + lan.get().getHostAddress() + ":" + this.port + path, null);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).doesNotContain("Secret");
		}
	}

	@Test
	void aRequestForwardedByAProxyFindsNoSandboxEvenFromThisMachine() throws Exception {
		for (String path : PATHS) {
			assertThat(get("http://127.0.0.1:" + this.port + path, "203.0.113.9").statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void thisMachineUsesTheSandbox() throws Exception {
		for (String path : PATHS) {
			assertThat(get("http://127.0.0.1:" + this.port + path, null).statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void simulatedUsersHaveIdsNoTelegramAccountCanHave() {
		long user = new SandboxClient(this.port).createUser("Ids", "ka");
		assertThat(user).as("above the 52 significant bits of real user ids").isGreaterThan(1L << 52);
		assertThat(user).as("exact in JavaScript").isLessThan(1L << 53);
	}

	private HttpResponse<String> get(String url, String forwardedFor) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
		return NetworkInterface.networkInterfaces().filter((network) -> {
			try {
				return network.isUp() && !network.isLoopback();
			}
			catch (java.net.SocketException ex) {
				return false;
			}
		})
			.flatMap(NetworkInterface::inetAddresses)
			.filter((address) -> address instanceof Inet4Address && !address.isLoopbackAddress())
			.findFirst();
	}

}
