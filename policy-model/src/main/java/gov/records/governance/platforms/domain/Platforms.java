package gov.records.governance.platforms.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The platforms repository. */
public interface Platforms extends JpaRepository<Platform, Long> {

	List<Platform> findAllByOrderByNameAsc();

}
