package gov.records.governance.groups.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The append-only history of deletion settings. */
public interface DeletionPolicyVersions extends JpaRepository<DeletionPolicyVersion, Long> {

	List<DeletionPolicyVersion> findByGroupIdOrderByValidFromDesc(long groupId);

	Optional<DeletionPolicyVersion> findByGroupIdAndValidToIsNull(long groupId);

	/** The version in force at a moment: started at or before it and not yet ended. */
	@Query("""
			select v from DeletionPolicyVersion v
			where v.groupId = :groupId and v.validFrom <= :at and (v.validTo is null or v.validTo > :at)
			""")
	Optional<DeletionPolicyVersion> findInForceAt(long groupId, Instant at);

}
