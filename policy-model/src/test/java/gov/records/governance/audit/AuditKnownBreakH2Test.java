package gov.records.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.Users;
import gov.records.governance.access.AppRoles;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The chain banner's question, asked on every page load, is answered from memory without
 * a pooled connection (DD077): under load each page load waited twice in the pool's queue
 * for it. With every connection of the pool in use it still answers at once.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:known-break;DB_CLOSE_DELAY=-1",
		"spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=500" })
class AuditKnownBreakH2Test {

	@Autowired
	AuditLogService log;

	@Autowired
	DataSource dataSource;

	@Test
	void theKnownBreakIsAnsweredWithEveryConnectionInUse() throws Exception {
		List<Connection> all = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				all.add(this.dataSource.getConnection());
			}
			Optional<ChainBreak> known = Users.as("cio", this.log::knownBreak, AppRoles.CIO);
			assertThat(known).isEmpty();
		}
		finally {
			for (Connection connection : all) {
				connection.close();
			}
		}
	}

}
