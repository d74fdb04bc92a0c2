package org.socialchange.platform.audit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry point of the audit feature: writes an entry in the caller's transaction, so
 * an action and its entry are stored together or not at all. Entries form a hash chain
 * written one at a time (a transaction-scoped advisory lock), the database refuses to
 * change or delete them, and {@link #verify()} finds the first that was tampered with.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	/** The advisory lock that serializes appends to the chain. */
	static final long CHAIN_LOCK = 0x4155444954L;

	private static final int VERIFY_BATCH = 1000;

	private final AuditEntries entries;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditLog(AuditEntries entries, JdbcTemplate jdbc, Clock clock) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Appends an entry. Its subject names what was acted on (a broadcast, a coordinator),
	 * never an educator's chat: such entries would outlive the person's erasure.
	 */
	@Transactional
	public AuditEntry record(String actor, String action, String subject, String details, Integer audienceSize) {
		if (subject.startsWith("chat:")) {
			throw new IllegalArgumentException("Audit entries name no chat: " + action);
		}
		this.jdbc.query("select pg_advisory_xact_lock(?)", (row) -> {
		}, CHAIN_LOCK);
		String previous = this.jdbc
			.queryForList("select hash from audit_entries order by id desc limit 1", String.class)
			.stream()
			.findFirst()
			.orElse("");
		return this.entries
			.save(new AuditEntry(this.clock.instant(), actor, action, subject, details, audienceSize, previous));
	}

	public List<AuditEntry> about(String subject) {
		return this.entries.findBySubjectOrderByAtDesc(subject);
	}

	/** What coordinators did with one broadcast, newest first. */
	public List<AuditEntry> aboutBroadcast(long broadcastId) {
		return about(BroadcastAudit.subject(broadcastId));
	}

	public List<AuditEntry> recent(int count) {
		return this.entries.findAllByOrderByAtDescIdDesc(Limit.of(count));
	}

	/** One page of the entries the query matches, newest first. */
	public Page<AuditEntry> search(AuditQuery query, int page, int size) {
		Specification<AuditEntry> matching = (root, criteria, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (present(query.actor())) {
				predicates.add(builder.equal(builder.lower(root.get("actor")),
						query.actor().strip().toLowerCase(Locale.ROOT)));
			}
			if (present(query.action())) {
				predicates.add(builder.equal(root.get("action"), query.action().strip()));
			}
			if (present(query.subject())) {
				predicates.add(builder.like(root.get("subject"), escapeLike(query.subject().strip()) + "%", '\\'));
			}
			if (query.from() != null) {
				predicates.add(builder.greaterThanOrEqualTo(root.get("at"),
						query.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
			}
			if (query.to() != null) {
				predicates.add(builder.lessThan(root.get("at"),
						query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
		return this.entries.findAll(matching,
				PageRequest.of(Math.max(page, 0), size, Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"))));
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * Walks the whole chain in order and reports the first entry whose stored hashes do
	 * not follow from the entry before it and its own fields.
	 */
	public AuditChain verify() {
		String previous = "";
		long last = 0;
		long checked = 0;
		List<AuditEntry> batch;
		do {
			batch = this.entries.findByIdGreaterThanOrderByIdAsc(last, Limit.of(VERIFY_BATCH));
			for (AuditEntry entry : batch) {
				if (!entry.previousHash().equals(previous) || !entry.hash().equals(entry.expectedHash(previous))) {
					return new AuditChain(checked, Optional.of(entry.id()));
				}
				previous = entry.hash();
				last = entry.id();
				checked++;
			}
		}
		while (batch.size() == VERIFY_BATCH);
		return new AuditChain(checked, Optional.empty());
	}

}
