package gov.records.governance.audit.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The audit events repository: appends and reads only. */
public interface AuditEvents extends JpaRepository<AuditEvent, Long> {

	Optional<AuditEvent> findTopByOrderBySeqDesc();

}
