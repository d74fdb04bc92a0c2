package org.socialchange.platform.sandbox;

/**
 * Sandbox mode was about to run where it could reach real people's data; the message says
 * why and {@link #action()} what to do instead.
 */
public class SandboxRefused extends IllegalStateException {

	private final String action;

	public SandboxRefused(String reason, String action) {
		super(reason);
		this.action = action;
	}

	public String action() {
		return this.action;
	}

	/** The platform has no Telegram token but names an external database. */
	static SandboxRefused externalDatabase() {
		return new SandboxRefused(
				"No TELEGRAM_BOT_TOKEN is set, so the platform would start the Telegram sandbox, but "
						+ "SPRING_DATASOURCE_URL names an external database. The sandbox never runs against a real "
						+ "database: simulated users would be mixed with real educators.",
				"Set TELEGRAM_BOT_TOKEN to talk to Telegram, or remove SPRING_DATASOURCE_URL to try the "
						+ "platform with its embedded database and the sandbox.");
	}

	/** The database holds educators with ids of real Telegram accounts. */
	public static SandboxRefused realEducators(long count) {
		return new SandboxRefused(
				"No TELEGRAM_BOT_TOKEN is set, so the platform would start the Telegram sandbox, "
						+ "but its database holds " + count + " educator(s) who did not come from the sandbox (their "
						+ "Telegram ids belong to real accounts).",
				"Set TELEGRAM_BOT_TOKEN to run with this database, or point PLATFORM_DATA_DIR at a fresh "
						+ "directory for the sandbox. Data of a sandbox from before version 0.2 can be removed by "
						+ "deleting its data directory.");
	}

}
