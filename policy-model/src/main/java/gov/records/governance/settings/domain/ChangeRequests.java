package gov.records.governance.settings.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The change requests repository. */
public interface ChangeRequests extends JpaRepository<ChangeRequest, Long> {

	List<ChangeRequest> findByStatusOrderByRequestedAtAsc(String status);

	List<ChangeRequest> findByGroupIdOrderByRequestedAtDesc(long groupId);

	boolean existsByGroupIdAndStatus(long groupId, String status);

	/**
	 * The requests waiting for approval at a past moment, oldest first: requested by then
	 * and not decided, withdrawn or blocked by then (each of these sets the decision
	 * time; the dashboard counts the same, {@code DashboardService.PENDING_AT}).
	 */
	@Query("select r from ChangeRequest r where r.requestedAt <= :at and (r.decidedAt is null or r.decidedAt > :at)"
			+ " order by r.requestedAt asc, r.id asc")
	List<ChangeRequest> findPendingAt(@Param("at") Instant at);

}
