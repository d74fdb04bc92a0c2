package org.socialchange.platform.cluster;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.zip.CRC32;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This instance among the others on the same database. Each instance holds a lock of its
 * own, at random, for its whole life: what it claims (outbox rows) carries that key, and
 * a claim whose key no live session holds any more was left by an instance that died.
 * Roles (the poller) are named locks any instance may take when it is free.
 */
@Component
public class Cluster implements DisposableBean {

	/**
	 * A query of the keys of the live instances: those whose advisory lock some session
	 * holds. A claim whose key is not among them was left by an instance that died.
	 */
	public static final String LIVE_INSTANCES = "select (l.classid::bigint << 32) | l.objid::bigint from pg_locks l "
			+ "where l.locktype = 'advisory' and l.granted and l.objsubid = 1";

	/** The first 32 bits of every role lock's key: no instance lock has them. */
	private static final long ROLE_SPACE = 0x50_53_43_00L;

	private final DataSource dataSource;

	private final ClusterLock instance;

	public Cluster(DataSource dataSource) {
		this.dataSource = dataSource;
		long key;
		do {
			key = new SecureRandom().nextLong() & Long.MAX_VALUE;
		}
		while ((key >>> 32) == ROLE_SPACE);
		this.instance = new ClusterLock(dataSource, key, "instance");
	}

	/**
	 * This instance's key, held while it lives (taken again after a lost connection).
	 */
	public synchronized long instanceKey() {
		if (!this.instance.held() && !this.instance.tryAcquire()) {
			throw new IllegalStateException("This instance cannot take its lock in the database");
		}
		return this.instance.key();
	}

	/** A role's lock, not yet taken; the caller takes and gives it up. */
	public ClusterLock role(String name) {
		CRC32 crc = new CRC32();
		crc.update(name.getBytes(StandardCharsets.UTF_8));
		return new ClusterLock(this.dataSource, (ROLE_SPACE << 32) | crc.getValue(), name);
	}

	@Override
	public void destroy() {
		this.instance.close();
	}

}
