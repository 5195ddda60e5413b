package gov.records.governance.organizations.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The organizations repository. */
public interface Organizations extends JpaRepository<Organization, Long> {

	List<Organization> findAllByOrderByDepthAscNameAsc();

}
