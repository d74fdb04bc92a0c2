package org.socialchange.platform.coordinators;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import org.socialchange.platform.PostgresJpaTest;
import org.socialchange.platform.audit.AuditEntry;
import org.socialchange.platform.audit.AuditLog;
import org.socialchange.platform.educators.Country;
import org.socialchange.platform.educators.EducatorScope;
import org.socialchange.platform.educators.Network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PostgresJpaTest
@Import(CoordinatorManagementTests.Features.class)
class CoordinatorManagementTests {

	@Autowired
	CoordinatorManagement coordinators;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestEntityManager entities;

	@Test
	void anInvitationLinkWorksOnceAndOnlyItsHashIsStored() {
		InvitationLink link = this.coordinators.invite(" Gia@Example.org ", CoordinatorRole.COORDINATOR,
				Set.of(Country.GE), Set.of(Network.ALUMNI), "ana@example.org");

		assertThat(link.token()).hasSizeGreaterThanOrEqualTo(43);
		assertThat(this.jdbc.queryForObject("select token_hash from coordinator_invitations", String.class))
			.isEqualTo(CoordinatorManagement.hash(link.token()))
			.doesNotContain(link.token());
		assertThat(link.toString()).doesNotContain(link.token());
		assertThat(this.coordinators.invitation(link.token() + "x")).isEmpty();
		assertThat(this.coordinators.invitation(link.token())).get()
			.extracting(CoordinatorInvitation::email)
			.isEqualTo("gia@example.org");

		Coordinator gia = this.coordinators.accept(link.token(), "{noop}secret");

		assertThat(gia.role()).isEqualTo(CoordinatorRole.COORDINATOR);
		assertThat(gia.scope()).isEqualTo(EducatorScope.of(Set.of(Country.GE), Set.of(Network.ALUMNI)));
		assertThat(gia.mustChangePassword()).isFalse();
		assertThat(this.coordinators.invitation(link.token())).isEmpty();
		assertThatExceptionOfType(AccountChangeRefused.class)
			.isThrownBy(() -> this.coordinators.accept(link.token(), "{noop}other"));
		assertThat(this.audit.about("coordinator:gia@example.org")).extracting(AuditEntry::action)
			.containsExactlyInAnyOrder("coordinator.invited", "coordinator.invitation.accepted");
	}

	@Test
	void anExpiredInvitationCannotBeUsed() {
		InvitationLink link = this.coordinators.invite("old@example.org", CoordinatorRole.VIEWER, Set.of(), Set.of(),
				"ana@example.org");
		assertThat(Duration.between(java.time.Instant.now(), link.expiresAt())).isBetween(Duration.ofHours(71),
				Duration.ofHours(72));
		this.jdbc.update("update coordinator_invitations set expires_at = now() - interval '1 minute'");
		this.entities.clear();

		assertThat(this.coordinators.invitation(link.token())).isEmpty();
		assertThatExceptionOfType(AccountChangeRefused.class)
			.isThrownBy(() -> this.coordinators.accept(link.token(), "{noop}secret"));
	}

	@Test
	void inviteRefusesAnEmailThatHasAnAccount() {
		this.coordinators.create("ana@example.org", "{noop}x", CoordinatorRole.ADMINISTRATOR, false);
		assertThatExceptionOfType(AccountChangeRefused.class)
			.isThrownBy(() -> this.coordinators.invite("ANA@example.org", CoordinatorRole.VIEWER, Set.of(), Set.of(),
					"ana@example.org"))
			.extracting(AccountChangeRefused::reason)
			.isEqualTo(AccountChangeRefused.Reason.EMAIL_TAKEN);
	}

	@Test
	void rolesGiveScopes() {
		Coordinator coordinator = this.coordinators.create("c@example.org", "{noop}x", CoordinatorRole.COORDINATOR,
				false);
		assertThat(coordinator.scope()).isEqualTo(EducatorScope.all());
		this.coordinators.assign(coordinator.id(), CoordinatorRole.VIEWER, Set.of(Country.AZ), Set.of(),
				"ana@example.org");
		assertThat(this.coordinators.find(coordinator.id()).orElseThrow().scope())
			.isEqualTo(EducatorScope.of(Set.of(Country.AZ), Set.of()));
		this.coordinators.assign(coordinator.id(), CoordinatorRole.FACILITATOR, Set.of(Country.AZ), Set.of(),
				"ana@example.org");
		assertThat(this.coordinators.find(coordinator.id()).orElseThrow().scope()).isEqualTo(EducatorScope.none());
		this.coordinators.assign(coordinator.id(), CoordinatorRole.ADMINISTRATOR, Set.of(Country.AZ), Set.of(),
				"ana@example.org");
		assertThat(this.coordinators.find(coordinator.id()).orElseThrow().scope()).isEqualTo(EducatorScope.all());
		assertThat(this.audit.about("coordinator:c@example.org")).extracting(AuditEntry::action)
			.containsOnly("coordinator.role.changed")
			.hasSize(3);
	}

	@Test
	void anAdministratorCannotDisableOrDemoteThemselvesNorTheLastAdministrator() {
		Coordinator ana = this.coordinators.create("ana@example.org", "{noop}x", CoordinatorRole.ADMINISTRATOR, false);
		Coordinator boris = this.coordinators.create("boris@example.org", "{noop}x", CoordinatorRole.ADMINISTRATOR,
				false);

		assertThat(refusal(() -> this.coordinators.disable(ana.id(), "ana@example.org")))
			.isEqualTo(AccountChangeRefused.Reason.SELF);
		assertThat(refusal(() -> this.coordinators.assign(ana.id(), CoordinatorRole.VIEWER, Set.of(), Set.of(),
				"ana@example.org")))
			.isEqualTo(AccountChangeRefused.Reason.SELF);

		this.coordinators.disable(boris.id(), "ana@example.org");
		assertThat(this.coordinators.find(boris.id()).orElseThrow().disabled()).isTrue();

		Coordinator carl = this.coordinators.create("carl@example.org", "{noop}x", CoordinatorRole.COORDINATOR, false);
		this.coordinators.assign(carl.id(), CoordinatorRole.ADMINISTRATOR, Set.of(), Set.of(), "ana@example.org");
		this.coordinators.disable(ana.id(), "carl@example.org");
		assertThat(refusal(() -> this.coordinators.assign(carl.id(), CoordinatorRole.COORDINATOR, Set.of(), Set.of(),
				"boris@example.org")))
			.isEqualTo(AccountChangeRefused.Reason.LAST_ADMINISTRATOR);

		this.coordinators.enable(boris.id(), "carl@example.org");
		assertThat(this.coordinators.find(boris.id()).orElseThrow().disabled()).isFalse();
		assertThat(this.audit.about("coordinator:boris@example.org")).extracting(AuditEntry::action)
			.containsExactlyInAnyOrder("coordinator.disabled", "coordinator.enabled");
	}

	static AccountChangeRefused.Reason refusal(Runnable change) {
		try {
			change.run();
		}
		catch (AccountChangeRefused ex) {
			return ex.reason();
		}
		return null;
	}

	/** Coordinators with the audit log. */
	@TestConfiguration
	@ComponentScan(basePackageClasses = { CoordinatorManagement.class, AuditLog.class })
	static class Features {

	}

}
