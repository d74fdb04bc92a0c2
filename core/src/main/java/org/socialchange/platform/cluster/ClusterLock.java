package org.socialchange.platform.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL session advisory lock, held on a connection of its own for as long as
 * this instance holds it. PostgreSQL frees it when that connection ends, so a killed
 * instance gives it up as soon as its database connections are gone; a lost connection (a
 * database restart) means the lock is lost too, which {@link #held()} tells.
 */
public final class ClusterLock implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

	private final DataSource dataSource;

	private final long key;

	private final String name;

	private Connection connection;

	ClusterLock(DataSource dataSource, long key, String name) {
		this.dataSource = dataSource;
		this.key = key;
		this.name = name;
	}

	/** The lock's key, as {@code pg_locks} shows it ({@link Cluster#LIVE_INSTANCES}). */
	public long key() {
		return this.key;
	}

	/** Takes the lock if no other session holds it; true when this instance holds it. */
	public synchronized boolean tryAcquire() {
		if (held()) {
			return true;
		}
		closeConnection();
		try {
			this.connection = this.dataSource.getConnection();
			this.connection.setAutoCommit(true);
			try (PreparedStatement statement = this.connection.prepareStatement("select pg_try_advisory_lock(?)")) {
				statement.setLong(1, this.key);
				try (ResultSet result = statement.executeQuery()) {
					result.next();
					if (result.getBoolean(1)) {
						log.info("This instance holds the {} lock", this.name);
						return true;
					}
				}
			}
		}
		catch (SQLException ex) {
			log.warn("Cannot take the {} lock: {}", this.name, ex.getMessage());
		}
		closeConnection();
		return false;
	}

	/** Whether this instance still holds the lock (its connection is alive). */
	public synchronized boolean held() {
		try {
			return this.connection != null && this.connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/** Gives the lock up (closing its connection frees it). */
	@Override
	public synchronized void close() {
		if (this.connection != null) {
			log.info("This instance gives up the {} lock", this.name);
		}
		closeConnection();
	}

	private void closeConnection() {
		if (this.connection == null) {
			return;
		}
		try {
			// a pooled connection goes back to the pool: unlock before
			this.connection.createStatement().execute("select pg_advisory_unlock_all()");
		}
		catch (SQLException ex) {
			// the connection is gone: so is the lock
		}
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			// already closed
		}
		this.connection = null;
	}

}
