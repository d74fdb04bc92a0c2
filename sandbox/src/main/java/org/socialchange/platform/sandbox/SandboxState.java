package org.socialchange.platform.sandbox;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the sandbox keeps across restarts: the simulated users, their chats and groups,
 * the files sent in them (by file id, so the bot can send them again), the bot's command
 * menus (by scope and language, as Telegram keeps them), and the next update id.
 */
class SandboxState {

	/** The next update id to give out; zero in a fresh store. */
	public long nextUpdateId;

	/** Whether the sandbox that saved this state closed normally, so the id is exact. */
	public boolean closedCleanly;

	public long nextUserId = SandboxMode.FIRST_USER_ID;

	public Map<Long, SandboxUser> users = new LinkedHashMap<>();

	public Map<Long, SandboxChat> chats = new LinkedHashMap<>();

	public Map<Long, SandboxGroup> groups = new LinkedHashMap<>();

	/** Numbers the ids of new groups and supergroups. */
	public long nextGroupNumber = 1;

	/** The bot's command menus, by {@code <scope>|<language code>}. */
	public Map<String, List<Map<String, Object>>> commands = new LinkedHashMap<>();

	/** Users who blocked the bot. */
	public Set<Long> blocked = new LinkedHashSet<>();

	/**
	 * Every photo and document users or the bot sent, by each of its file ids (a photo's
	 * sizes each have one).
	 */
	public Map<String, SandboxFile> files = new LinkedHashMap<>();

	/** Numbers new photos, documents and albums. */
	public long nextFileNumber = 1;

	public long nextMediaGroupNumber = 1;

	/**
	 * Forgets the users, chats and groups of a sandbox from before simulated ids left the
	 * range of real Telegram accounts; the update ids and command menus stay.
	 */
	boolean dropUsersWithRealIds() {
		if (this.nextUserId >= SandboxMode.FIRST_USER_ID) {
			return false;
		}
		this.users.clear();
		this.chats.clear();
		this.groups.clear();
		this.blocked.clear();
		this.nextUserId = SandboxMode.FIRST_USER_ID;
		return true;
	}

}
