package gov.records.governance.schedules.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The records schedules repository. */
public interface RecordsSchedules extends JpaRepository<RecordsSchedule, Long> {

	Optional<RecordsSchedule> findByCode(String code);

}
