package org.socialchange.platform.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log: who did what to which subject, when, for how many. */
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

	protected AuditEntry() {
	}

	AuditEntry(Instant at, String actor, String action, String subject, String details, Integer audienceSize) {
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.subject = subject;
		this.details = details;
		this.audienceSize = audienceSize;
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
