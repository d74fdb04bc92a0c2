package org.socialchange.platform.coordinators;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The invitations administrators gave. */
interface CoordinatorInvitations extends ListCrudRepository<CoordinatorInvitation, Long> {

	Optional<CoordinatorInvitation> findByTokenHash(String tokenHash);

}
