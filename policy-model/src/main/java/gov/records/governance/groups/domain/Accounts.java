package gov.records.governance.groups.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The accounts repository. */
public interface Accounts extends JpaRepository<Account, Long> {

	@Query("""
			select a from Account a
			where a.id in (select m.accountId from GroupMembership m where m.groupId = :groupId)
			""")
	List<Account> findMembersOf(long groupId, Pageable pageable);

	@Query("select a from Account a where a.organizationId in :organizations and lower(a.displayName) like :pattern escape '\\'")
	List<Account> search(java.util.Collection<Long> organizations, String pattern, Pageable pageable);

	@Query("select count(m) from GroupMembership m where m.groupId = :groupId")
	long countMembersOf(long groupId);

}
