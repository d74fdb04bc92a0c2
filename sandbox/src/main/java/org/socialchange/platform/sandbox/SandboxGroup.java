package org.socialchange.platform.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group or supergroup (perhaps a forum with topics) of simulated users that the bot may
 * be a member of; it answers the bot as Telegram does when it may not write there.
 */
class SandboxGroup extends SandboxChat {

	static final String GROUP = "group";

	static final String SUPERGROUP = "supergroup";

	public String type = GROUP;

	public String title;

	public boolean forum;

	public long createdBy;

	public List<Long> members = new ArrayList<>();

	/**
	 * The bot's ChatMember status here: {@code left}, {@code member} or {@code kicked}.
	 */
	public String botStatus = "left";

	/** Whether a user removed or banned the bot (rather than it never joined). */
	public boolean botRemoved;

	public List<Topic> topics = new ArrayList<>();

	/** The supergroup this group was upgraded to. */
	public Long migratedTo;

	/** The group this supergroup was upgraded from. */
	public Long migratedFrom;

	boolean supergroup() {
		return SUPERGROUP.equals(this.type);
	}

	boolean botMember() {
		return "member".equals(this.botStatus);
	}

	Map<String, Object> toBotApi() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", this.chatId);
		json.put("type", this.type);
		json.put("title", this.title);
		if (this.forum) {
			json.put("is_forum", true);
		}
		return json;
	}

	/**
	 * Refuses a user who is not in the group, or a group that no longer exists as such.
	 */
	void requireMember(long userId) {
		requireNotMigrated();
		if (!this.members.contains(userId)) {
			throw BotApiError.badRequest("USER_NOT_PARTICIPANT");
		}
	}

	/** Refuses the bot where Telegram would: upgraded group, or the bot is not in it. */
	void requireBotMayWrite() {
		requireNotMigrated();
		if (!botMember()) {
			String kind = supergroup() ? "supergroup chat" : "group chat";
			throw new BotApiError(403, this.botRemoved ? "Forbidden: bot was kicked from the " + kind
					: "Forbidden: bot is not a member of the " + kind);
		}
	}

	private void requireNotMigrated() {
		if (this.migratedTo != null) {
			throw BotApiError.migrated(this.migratedTo);
		}
	}

	/** A user joins. */
	void join(long userId) {
		requireNotMigrated();
		if (this.members.contains(userId)) {
			throw BotApiError.badRequest("USER_ALREADY_PARTICIPANT");
		}
		this.members.add(userId);
	}

	/** A member adds the bot (lifting a ban); answers the status it had. */
	String addBot() {
		requireNotMigrated();
		if (botMember()) {
			throw BotApiError.badRequest("USER_ALREADY_PARTICIPANT");
		}
		return changeBotStatus("member", false);
	}

	/** A member removes the bot, or bans it; answers the status it had. */
	String removeBot(boolean ban) {
		requireNotMigrated();
		if (!botMember() && !ban) {
			throw BotApiError.badRequest("USER_NOT_PARTICIPANT");
		}
		if ("kicked".equals(this.botStatus)) {
			throw BotApiError.badRequest("the bot is already banned");
		}
		return changeBotStatus(ban ? "kicked" : "left", true);
	}

	/** The bot leaves by itself ({@code leaveChat}); answers the status it had. */
	String botLeaves() {
		requireBotMayWrite();
		return changeBotStatus("left", false);
	}

	private String changeBotStatus(String status, boolean byUser) {
		String old = this.botStatus;
		this.botStatus = status;
		this.botRemoved = byUser;
		return old;
	}

	/** Refuses an upgrade to a supergroup but by the creator of a basic group. */
	void requireUpgradableBy(long userId) {
		requireMember(userId);
		if (supergroup()) {
			throw BotApiError.badRequest("the chat is already a supergroup");
		}
		if (this.createdBy != userId) {
			throw BotApiError.badRequest("CHAT_ADMIN_REQUIRED");
		}
	}

	/** Upgrades this group to the new supergroup, which gets its members and the bot. */
	void migrateTo(SandboxGroup supergroup, long byUserId) {
		requireUpgradableBy(byUserId);
		supergroup.title = this.title;
		supergroup.createdBy = this.createdBy;
		supergroup.members.addAll(this.members);
		supergroup.botStatus = this.botStatus;
		supergroup.botRemoved = this.botRemoved;
		supergroup.migratedFrom = this.chatId;
		this.migratedTo = supergroup.chatId;
	}

	/** A member creates a forum topic. */
	void addTopic(Topic topic, long byUserId) {
		requireMember(byUserId);
		if (!this.forum) {
			throw BotApiError.badRequest("the chat is not a forum");
		}
		if (topic.name() == null || topic.name().isBlank() || topic.name().length() > 128) {
			throw BotApiError.badRequest("a topic name of 1 to 128 characters is required");
		}
		this.topics.add(topic);
	}

	/**
	 * A message thread to write in: none (the General topic) or a topic of this forum.
	 */
	void requireThread(Integer threadId) {
		if (threadId != null && topic(threadId) == null) {
			throw BotApiError.badRequest("message thread not found");
		}
	}

	Topic topic(int threadId) {
		return this.topics.stream().filter((topic) -> topic.messageThreadId() == threadId).findFirst().orElse(null);
	}

	/** A forum topic; its id is that of the message that created it. */
	record Topic(int messageThreadId, String name) {
	}

}
