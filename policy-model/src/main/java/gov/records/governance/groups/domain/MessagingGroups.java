package gov.records.governance.groups.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The messaging groups repository; list queries with filters live in the groups service.
 */
public interface MessagingGroups extends JpaRepository<MessagingGroup, Long> {

	/**
	 * Moves the group to its next version if it is still at {@code expected}; returns 0
	 * otherwise. The row lock this takes also makes a concurrent writer wait and then see
	 * the new version.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update MessagingGroup g set g.version = g.version + 1 where g.id = :id and g.version = :expected")
	int advanceVersion(long id, long expected);

}
