package org.socialchange.platform.delivery;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The outbox rows of the delivery engine. */
interface Deliveries extends ListCrudRepository<Delivery, Long> {

	/**
	 * Locks up to {@code limit} due pending rows that no other worker holds, most urgent
	 * first.
	 */
	@Query(value = """
			select * from deliveries
			where state = 'PENDING' and not_before <= :now
			order by priority desc, not_before, id
			limit :limit
			for update skip locked""", nativeQuery = true)
	List<Delivery> claim(Instant now, int limit);

}
