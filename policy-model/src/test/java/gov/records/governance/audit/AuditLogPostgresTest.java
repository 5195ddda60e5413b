package gov.records.governance.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.test.context.ActiveProfiles;

/**
 * The audit log on PostgreSQL, where the database itself refuses to change or delete
 * events.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@EnabledIfSystemProperty(named = "governance.test.postgres", matches = "true")
class AuditLogPostgresTest extends AuditLogContract {

	@Test
	void postgresRefusesToUpdateOrDeleteAuditEvents() {
		assertThatThrownBy(() -> this.jdbc.update("update audit_event set reason = 'rewritten' where seq = 77"))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

	@Test
	void postgresRefusesToDeleteAuditEvents() {
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_event where seq = 5"))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

}
