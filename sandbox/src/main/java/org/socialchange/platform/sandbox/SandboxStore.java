package org.socialchange.platform.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the sandbox's users, chats and sent files in {@code PLATFORM_DATA_DIR/sandbox},
 * so a restart of the platform keeps the conversation.
 */
class SandboxStore {

	private static final Logger log = LoggerFactory.getLogger(SandboxStore.class);

	private final Path directory;

	private final JsonMapper json = JsonMapper.builder().build();

	SandboxStore(Path directory) {
		this.directory = directory;
	}

	SandboxState load() {
		Path file = this.directory.resolve("state.json");
		if (!Files.exists(file)) {
			return new SandboxState();
		}
		try {
			SandboxState state = this.json.readValue(file.toFile(), SandboxState.class);
			if (state.dropUsersWithRealIds()) {
				log.warn("The sandbox in {} held simulated users with ids that real Telegram accounts can have; "
						+ "they and their chats are discarded", file);
			}
			return state;
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the sandbox state in {}; starting with an empty sandbox", file, ex);
			return new SandboxState();
		}
	}

	void save(SandboxState state) {
		try {
			Files.createDirectories(this.directory);
			Path temporary = this.directory.resolve("state.json.tmp");
			this.json.writeValue(temporary.toFile(), state);
			Files.move(temporary, this.directory.resolve("state.json"), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not save the sandbox state in {}", this.directory, ex);
		}
	}

	void writeFile(String fileId, byte[] content) {
		try {
			Files.createDirectories(this.directory.resolve("files"));
			Files.write(this.directory.resolve("files").resolve(fileId), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] readFile(String fileId) {
		Path file = this.directory.resolve("files").resolve(fileId).normalize();
		if (!fileId.matches("file-[0-9a-f-]{36}") || !Files.exists(file)) {
			throw new BotApiError(404, "Not Found: file not found");
		}
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
