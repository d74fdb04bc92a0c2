package org.socialchange.platform.audit;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.ListCrudRepository;

/** The audit log, newest first. */
interface AuditEntries extends ListCrudRepository<AuditEntry, Long> {

	List<AuditEntry> findBySubjectOrderByAtDesc(String subject);

	List<AuditEntry> findAllByOrderByAtDescIdDesc(Limit limit);

}
