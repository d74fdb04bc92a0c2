package org.socialchange.platform.delivery;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

import org.socialchange.platform.cluster.Cluster;

/** The outbox rows of the delivery engine. */
interface Deliveries extends ListCrudRepository<Delivery, Long> {

	/**
	 * Locks up to {@code limit} due pending rows that no live instance has claimed and no
	 * other worker is claiming, most urgent first. The keys of the live instances are
	 * read once, not per row.
	 */
	@Query(value = """
			select * from deliveries
			where state = 'PENDING' and not_before <= :now
			  and (claimed_by is null or claimed_by not in (""" + Cluster.LIVE_INSTANCES + """
			))
			order by priority desc, not_before, id
			limit :limit
			for update skip locked""", nativeQuery = true)
	List<Delivery> claimable(Instant now, int limit);

}
