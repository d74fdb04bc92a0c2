package org.socialchange.platform.coordinators;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The people who sign in to the admin web. */
interface Coordinators extends ListCrudRepository<Coordinator, Long> {

	Optional<Coordinator> findByEmailIgnoreCase(String email);

	Optional<Coordinator> findByLinkCodeHash(String linkCodeHash);

	Optional<Coordinator> findByTelegramUserId(Long telegramUserId);

	List<Coordinator> findAllByOrderByEmail();

	long countByRoleAndDisabledFalse(CoordinatorRole role);

}
