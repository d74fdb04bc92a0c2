package org.socialchange.platform.audit;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** The audit log: entries are added and read, never changed or removed. */
interface AuditEntries extends Repository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	AuditEntry save(AuditEntry entry);

	List<AuditEntry> findBySubjectOrderByAtDesc(String subject);

	List<AuditEntry> findAllByOrderByAtDescIdDesc(Limit limit);

	List<AuditEntry> findByIdGreaterThanOrderByIdAsc(long id, Limit limit);

}
