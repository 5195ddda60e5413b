package gov.records.governance.access.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Scope rows per console user. */
public interface ConsoleUserScopes extends JpaRepository<ConsoleUserScope, ConsoleUserScope.Key> {

	List<ConsoleUserScope> findByUsername(String username);

}
