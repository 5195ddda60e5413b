package gov.records.governance.settings.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The change requests repository. */
public interface ChangeRequests extends JpaRepository<ChangeRequest, Long> {

	List<ChangeRequest> findByStatusOrderByRequestedAtAsc(String status);

	List<ChangeRequest> findByGroupIdOrderByRequestedAtDesc(long groupId);

	boolean existsByGroupIdAndStatus(long groupId, String status);

}
