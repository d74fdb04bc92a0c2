package org.socialchange.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the audit log: who did what to which subject, when, for how many; it
 * carries the hash of the entry before it and its own, so a changed or missing entry
 * breaks the chain.
 */
@Entity
@Table(name = "audit_entries")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Instant at;

	@Column(nullable = false)
	private String actor;

	@Column(nullable = false)
	private String action;

	@Column(nullable = false)
	private String subject;

	private String details;

	@Column(name = "audience_size")
	private Integer audienceSize;

	@Column(name = "previous_hash", nullable = false)
	private String previousHash;

	@Column(nullable = false)
	private String hash;

	protected AuditEntry() {
	}

	AuditEntry(Instant at, String actor, String action, String subject, String details, Integer audienceSize,
			String previousHash) {
		this.at = at.truncatedTo(ChronoUnit.MICROS);
		this.actor = actor;
		this.action = action;
		this.subject = subject;
		this.details = details;
		this.audienceSize = audienceSize;
		this.previousHash = previousHash;
		this.hash = expectedHash(previousHash);
	}

	/**
	 * The hash this entry must have after {@code previousHash}: SHA-256 (hex) of it, a
	 * line feed and {@link #canonical}; migration V16 computes the same.
	 */
	String expectedHash(String previousHash) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((previousHash + "\n" + canonical()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The stored fields, each length-prefixed so that no two entries read the same. */
	String canonical() {
		return ChronoUnit.MICROS.between(Instant.EPOCH, this.at) + "\n" + field(this.actor) + "\n" + field(this.action)
				+ "\n" + field(this.subject) + "\n" + field(this.details) + "\n"
				+ ((this.audienceSize != null) ? this.audienceSize.toString() : "~");
	}

	private static String field(String value) {
		return (value != null) ? value.getBytes(StandardCharsets.UTF_8).length + ":" + value : "~";
	}

	public Long id() {
		return this.id;
	}

	String previousHash() {
		return this.previousHash;
	}

	String hash() {
		return this.hash;
	}

	public Instant at() {
		return this.at;
	}

	public String actor() {
		return this.actor;
	}

	public String action() {
		return this.action;
	}

	public String subject() {
		return this.subject;
	}

	public String details() {
		return this.details;
	}

	public Integer audienceSize() {
		return this.audienceSize;
	}

}
