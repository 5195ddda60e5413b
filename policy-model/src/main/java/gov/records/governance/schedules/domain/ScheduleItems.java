package gov.records.governance.schedules.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The schedule items repository. */
public interface ScheduleItems extends JpaRepository<ScheduleItem, Long> {

	List<ScheduleItem> findByScheduleIdOrderByItemNumberAsc(long scheduleId);

	java.util.Optional<ScheduleItem> findByScheduleIdAndItemNumber(long scheduleId, String itemNumber);

}
