package org.socialchange.platform.groups;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.Educator;
import org.socialchange.platform.educators.EducatorManagement;
import org.socialchange.platform.educators.Network;
import org.socialchange.platform.educators.OutOfScope;
import org.socialchange.platform.identity.TelegramUserId;

/**
 * Invite links of the network, made by coordinators for their countries and networks:
 * whoever opens one before or after registering is a member, not pending.
 */
@Service
@Transactional(readOnly = true)
public class NetworkInvites {

	static final String PREFIX = "n-";

	private final NamedParameterJdbcTemplate jdbc;

	private final EducatorManagement educators;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NetworkInvites(NamedParameterJdbcTemplate jdbc, EducatorManagement educators, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.educators = educators;
		this.events = events;
		this.clock = clock;
	}

	/** The links the account may see: of its countries and networks. */
	public List<NetworkInvite> all(GroupAccess access) {
		return this.jdbc.query("select * from network_invites order by id desc", NetworkInvites::invite)
			.stream()
			.filter((invite) -> access.places() && access.covers(invite.country(), invite.network()))
			.toList();
	}

	@Transactional
	public NetworkInvite create(String label, Country country, Network network, GroupAccess access) {
		if (!access.places() || !access.covers(country, network)) {
			throw new OutOfScope("The invite's country or network is outside the account's scope");
		}
		String cleanLabel = (label != null && !label.isBlank()) ? label.strip() : "";
		if (cleanLabel.isEmpty() || cleanLabel.length() > 200 || network == null) {
			throw new IllegalArgumentException("An invite link has a label of 1 to 200 characters and a network");
		}
		String token = Tokens.invite(PREFIX);
		Long id = this.jdbc.queryForObject("""
				insert into network_invites (token, label, country, network, created_by, created_at)
				values (:token, :label, :country, :network, :by, :now) returning id""",
				new MapSqlParameterSource().addValue("token", token)
					.addValue("label", cleanLabel)
					.addValue("country", (country != null) ? country.name() : null)
					.addValue("network", network.name())
					.addValue("by", access.by())
					.addValue("now", Timestamp.from(this.clock.instant())),
				Long.class);
		this.events.publishEvent(new GroupChanged(access.by(), "network.invite-created", 0,
				"Invite link #" + id + " \"" + cleanLabel + "\""));
		return find(id).orElseThrow();
	}

	@Transactional
	public void revoke(long id, GroupAccess access) {
		NetworkInvite invite = find(id)
			.filter((found) -> access.places() && access.covers(found.country(), found.network()))
			.orElseThrow(() -> new GroupNotFound(id));
		this.jdbc.update("update network_invites set revoked_at = :now where id = :id and revoked_at is null",
				Map.of("id", invite.id(), "now", Timestamp.from(this.clock.instant())));
		this.events.publishEvent(new GroupChanged(access.by(), "network.invite-revoked", 0, "Invite link #" + id));
	}

	/**
	 * The educator opened a network invite link: a member from now on. Empty when the
	 * link is unknown or revoked.
	 */
	@Transactional
	public Optional<Educator> accept(Educator educator, String payload) {
		Optional<NetworkInvite> invite = this.jdbc
			.query("select * from network_invites where token = :token and revoked_at is null",
					Map.of("token", payload), NetworkInvites::invite)
			.stream()
			.findFirst();
		return invite.map((found) -> this.educators.admitByInvite(TelegramUserId.of(educator.telegramUserId())));
	}

	private Optional<NetworkInvite> find(long id) {
		return this.jdbc.query("select * from network_invites where id = :id", Map.of("id", id), NetworkInvites::invite)
			.stream()
			.findFirst();
	}

	private static NetworkInvite invite(ResultSet row, int index) throws SQLException {
		Timestamp revoked = row.getTimestamp("revoked_at");
		String country = row.getString("country");
		return new NetworkInvite(row.getLong("id"), row.getString("token"), row.getString("label"),
				(country != null) ? Country.valueOf(country) : null, Network.valueOf(row.getString("network")),
				row.getString("created_by"), row.getTimestamp("created_at").toInstant(),
				(revoked != null) ? revoked.toInstant() : null);
	}

}
