package gov.records.governance.holds.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The legal holds repository. */
public interface LegalHolds extends JpaRepository<LegalHold, Long> {

	@EntityGraph(attributePaths = "scope")
	List<LegalHold> findAllByOrderByStartedAtDesc();

	Optional<LegalHold> findByCaseReference(String caseReference);

}
