package org.socialchange.platform.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxCommandMenusTests {

	@TempDir
	Path directory;

	SandboxTelegram telegram;

	@AfterEach
	void close() {
		this.telegram.close();
	}

	@Test
	void aMenuIsFoundAsTelegramFindsItTheChatFirstThenTheKindOfChatThenTheDefault() {
		this.telegram = sandbox();
		setMenu(null, null, "default");
		setMenu(null, "ru", "default ru");
		setMenu(Map.of("type", "all_group_chats"), null, "groups");
		setMenu(Map.of("type", "chat", "chat_id", "42"), null, "chat 42");
		assertThat(menu("ru", 42L)).isEqualTo("chat 42");
		assertThat(menu("ru", 43L)).isEqualTo("default ru");
		assertThat(menu("ka", 43L)).isEqualTo("default");
		assertThat(menu("ru", -1001L)).isEqualTo("groups");
		assertThat(menu("ru", null)).isEqualTo("default ru");
	}

	@Test
	void aChatsOwnMenuSurvivesARestart() {
		this.telegram = sandbox();
		setMenu(Map.of("type", "chat", "chat_id", 42), null, "chat 42");
		this.telegram.close();
		this.telegram = sandbox();
		assertThat(menu("uz", 42L)).isEqualTo("chat 42");
	}

	private void setMenu(Map<String, Object> scope, String language, String description) {
		Map<String, Object> parameters = new HashMap<>(
				Map.of("commands", List.of(Map.of("command", "help", "description", description))));
		if (scope != null) {
			parameters.put("scope", scope);
		}
		if (language != null) {
			parameters.put("language_code", language);
		}
		this.telegram.setMyCommands(new BotApiRequest(parameters, Map.of()));
	}

	private String menu(String language, Long chatId) {
		return String.valueOf(this.telegram.commands(language, chatId).get(0).get("description"));
	}

	private SandboxTelegram sandbox() {
		SandboxSettings settings = new SandboxSettings(false, 30, 1000, 20, Duration.ofSeconds(1), 20, Duration.ZERO,
				SandboxSettings.Access.LOOPBACK);
		return new SandboxTelegram(new SandboxStore(this.directory), Clock.systemUTC(), new SandboxLimits(settings));
	}

}
