package gov.records.governance.schedules.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The schedule assignments repository. */
public interface ScheduleAssignments extends JpaRepository<ScheduleAssignment, Long> {

	List<ScheduleAssignment> findByGroupId(long groupId);

	List<ScheduleAssignment> findByScheduleItemId(long scheduleItemId);

	List<ScheduleAssignment> findByOrganizationIdIn(Iterable<Long> organizationIds);

}
