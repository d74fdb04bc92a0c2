package org.socialchange.platform.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.socialchange.platform.identity.ChatId;
import org.socialchange.platform.identity.EducatorId;

/**
 * One outgoing bulk message in the durable outbox: recipient, text, when it may go and
 * until when it is worth sending, and where it stands; only a pending delivery changes.
 */
@Entity
@Table(name = "deliveries")
public class Delivery {

	private static final int MAX_ERROR = 512;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String source;

	@Column(name = "source_id")
	private Long sourceId;

	@Column(name = "educator_id")
	private Long educatorId;

	@Column(name = "chat_id", nullable = false)
	private long chatId;

	@Column(name = "thread_id")
	private Integer threadId;

	@Column(nullable = false)
	private String text;

	@Column(name = "link_text")
	private String linkText;

	@Column(name = "link_url")
	private String linkUrl;

	private String buttons;

	private String photo;

	private boolean html;

	private int priority;

	@Column(name = "not_before", nullable = false)
	private Instant notBefore;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DeliveryState state;

	private int attempts;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "telegram_message_id")
	private Long telegramMessageId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	/** The instance sending it now ({@code Cluster#instanceKey}); none while it waits. */
	@Column(name = "claimed_by")
	private Long claimedBy;

	protected Delivery() {
	}

	/**
	 * A row as a worker claims it: what sending needs and what an outcome changes (the
	 * worker reads it with plain JDBC, {@link DeliveryWorker}).
	 */
	static Delivery claimed(ResultSet row) throws SQLException {
		Delivery delivery = new Delivery();
		delivery.id = row.getLong("id");
		delivery.source = row.getString("source");
		delivery.sourceId = row.getObject("source_id", Long.class);
		delivery.educatorId = row.getObject("educator_id", Long.class);
		delivery.chatId = row.getLong("chat_id");
		delivery.threadId = row.getObject("thread_id", Integer.class);
		delivery.text = row.getString("text");
		delivery.linkText = row.getString("link_text");
		delivery.linkUrl = row.getString("link_url");
		delivery.buttons = row.getString("buttons");
		delivery.photo = row.getString("photo");
		delivery.html = row.getBoolean("html");
		delivery.priority = row.getInt("priority");
		delivery.notBefore = row.getTimestamp("not_before").toInstant();
		Timestamp expiresAt = row.getTimestamp("expires_at");
		delivery.expiresAt = (expiresAt != null) ? expiresAt.toInstant() : null;
		delivery.state = DeliveryState.valueOf(row.getString("state"));
		delivery.attempts = row.getInt("attempts");
		delivery.lastError = row.getString("last_error");
		delivery.createdAt = row.getTimestamp("created_at").toInstant();
		return delivery;
	}

	int priority() {
		return this.priority;
	}

	public Long id() {
		return this.id;
	}

	public long chatId() {
		return this.chatId;
	}

	public Long educatorId() {
		return this.educatorId;
	}

	/** The educator the message goes to; empty for a chat of no educator. */
	EducatorId educator() {
		return (this.educatorId != null) ? EducatorId.of(this.educatorId) : null;
	}

	ChatId chat() {
		return ChatId.of(this.chatId);
	}

	public DeliveryState state() {
		return this.state;
	}

	public int attempts() {
		return this.attempts;
	}

	public String lastError() {
		return this.lastError;
	}

	public Instant notBefore() {
		return this.notBefore;
	}

	public Long telegramMessageId() {
		return this.telegramMessageId;
	}

	Instant finishedAt() {
		return this.finishedAt;
	}

	OutgoingMessage message(boolean paid) {
		return new OutgoingMessage(chat(), this.threadId, this.text, this.linkText, this.linkUrl, paid,
				MessageButton.decode(this.buttons), this.photo, this.html);
	}

	/** The group chat became a supergroup: the message goes to its new id. */
	void moveTo(long chatId) {
		this.chatId = chatId;
	}

	boolean expiredAt(Instant now) {
		return this.expiresAt != null && !now.isBefore(this.expiresAt);
	}

	/** Whether a retry at {@code time} would still be before the expiry. */
	boolean worthTryingAt(Instant time) {
		return this.expiresAt == null || time.isBefore(this.expiresAt);
	}

	void markSent(long messageId, Instant now) {
		finish(DeliveryState.SENT, now);
		this.attempts++;
		this.telegramMessageId = messageId;
	}

	void markBlocked(String error, Instant now) {
		finish(DeliveryState.BLOCKED, now);
		this.attempts++;
		this.lastError = trim(error);
	}

	void markFailed(String error, Instant now) {
		finish(DeliveryState.FAILED, now);
		this.attempts++;
		this.lastError = trim(error);
	}

	void expire(Instant now) {
		finish(DeliveryState.EXPIRED, now);
	}

	void cancel(String reason, Instant now) {
		finish(DeliveryState.CANCELLED, now);
		this.lastError = trim(reason);
	}

	/** Waits for the chat's own limit: not an attempt. */
	void postpone(Instant until) {
		requirePending();
		this.notBefore = until;
	}

	/** A failed attempt worth repeating later. */
	void retryAt(Instant time, String error) {
		requirePending();
		this.attempts++;
		this.notBefore = time;
		this.lastError = trim(error);
	}

	private void finish(DeliveryState state, Instant now) {
		requirePending();
		this.state = state;
		this.finishedAt = now;
	}

	private void requirePending() {
		if (this.state != DeliveryState.PENDING) {
			throw new IllegalStateException("Delivery " + this.id + " is already " + this.state);
		}
	}

	private static String trim(String error) {
		return (error == null || error.length() <= MAX_ERROR) ? error : error.substring(0, MAX_ERROR);
	}

}
