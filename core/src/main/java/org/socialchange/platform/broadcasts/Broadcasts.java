package org.socialchange.platform.broadcasts;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The broadcasts coordinators scheduled. */
interface Broadcasts extends ListCrudRepository<Broadcast, Long> {

	List<Broadcast> findAllByOrderByCreatedAtDesc();

	List<Broadcast> findByStatusOrderByCreatedAtAsc(BroadcastStatus status);

}
