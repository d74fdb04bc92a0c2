package org.socialchange.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of a process that was killed outright (SIGKILL, power cut of a
 * container) keeps running and holds its data directory, so the next start would wait in
 * vain for its own server. This finds such a server by the directory's
 * {@code postmaster.pid} and stops it, only when that process is a PostgreSQL serving
 * exactly this directory.
 */
final class LeftoverPostgres {

	private static final Logger log = LoggerFactory.getLogger(LeftoverPostgres.class);

	private LeftoverPostgres() {
	}

	/** Stops a PostgreSQL left running on the directory; true when there was one. */
	static boolean stop(Path directory, Duration patience) {
		Optional<ProcessHandle> server = server(directory);
		if (server.isEmpty()) {
			return false;
		}
		ProcessHandle process = server.get();
		log.warn("An embedded PostgreSQL (pid {}) was left running on {} by a process that did not stop cleanly; "
				+ "stopping it", process.pid(), directory);
		// SIGTERM: PostgreSQL's smart shutdown; its clients died with the killed process
		process.destroy();
		try {
			process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("The PostgreSQL left running on " + directory + " (pid " + process.pid()
					+ ") did not stop within " + patience.toSeconds() + " s; stop it and start again", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping the PostgreSQL left running", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
		return true;
	}

	/** The live PostgreSQL process that serves the directory, if any. */
	static Optional<ProcessHandle> server(Path directory) {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			long pid = Long.parseLong(lines.get(0).trim());
			String served = directory.toAbsolutePath().normalize().toString();
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter((process) -> process.info()
					.commandLine()
					.filter((command) -> command.contains("postgres") && command.contains(served))
					.isPresent());
		}
		catch (IOException | RuntimeException ex) {
			// unreadable or stale: PostgreSQL itself deals with a stale pid file
			return Optional.empty();
		}
	}

}
