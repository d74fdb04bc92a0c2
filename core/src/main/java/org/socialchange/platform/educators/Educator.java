package org.socialchange.platform.educators;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.socialchange.platform.translations.Language;

/**
 * An educator known to the bot: Telegram ids, chosen language and time zone, nothing more
 * than the platform needs.
 */
@Entity
@Table(name = "educators")
public class Educator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "telegram_user_id", nullable = false, unique = true)
	private long telegramUserId;

	@Column(name = "chat_id", nullable = false)
	private long chatId;

	@Convert(converter = LanguageConverter.class)
	@Column(nullable = false)
	private Language language;

	@Column(name = "time_zone")
	private String timeZone;

	@Column(name = "joined_at", nullable = false)
	private Instant joinedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Educator() {
	}

	Educator(long telegramUserId, long chatId, Language language, Instant now) {
		this.telegramUserId = telegramUserId;
		this.chatId = chatId;
		this.language = language;
		this.joinedAt = now;
		this.updatedAt = now;
	}

	void chooseLanguage(Language language, Instant now) {
		this.language = language;
		this.updatedAt = now;
	}

	public Long id() {
		return this.id;
	}

	public long telegramUserId() {
		return this.telegramUserId;
	}

	public long chatId() {
		return this.chatId;
	}

	public Language language() {
		return this.language;
	}

	/** The educator's own time zone, once they have told it. */
	public Optional<ZoneId> timeZone() {
		return Optional.ofNullable(this.timeZone).map(ZoneId::of);
	}

	public Instant joinedAt() {
		return this.joinedAt;
	}

}
