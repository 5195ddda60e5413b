package gov.records.governance.groups.domain;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The messaging groups repository; list queries with filters live in the groups service.
 */
public interface MessagingGroups extends JpaRepository<MessagingGroup, Long> {

}
