package org.socialchange.platform.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the sandbox keeps across restarts: the simulated users and their chats. */
class SandboxState {

	public long nextUserId = 100000001L;

	public Map<Long, SandboxUser> users = new LinkedHashMap<>();

	public Map<Long, SandboxChat> chats = new LinkedHashMap<>();

}
