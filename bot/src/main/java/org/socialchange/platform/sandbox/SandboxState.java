package org.socialchange.platform.sandbox;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** What the sandbox keeps across restarts: the simulated users and their chats. */
class SandboxState {

	public long nextUserId = 100000001L;

	public Map<Long, SandboxUser> users = new LinkedHashMap<>();

	public Map<Long, SandboxChat> chats = new LinkedHashMap<>();

	/** Users who blocked the bot. */
	public Set<Long> blocked = new LinkedHashSet<>();

}
