package gov.records.governance.audit;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two appenders on one PostgreSQL database, in a schema of their own: the events they
 * commit stay (the database refuses deletes), and no other test counts them.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/${GOVERNANCE_TEST_PGDB:test}?currentSchema=governance_appenders",
		"spring.flyway.schemas=governance_appenders", "spring.flyway.default-schema=governance_appenders" })
@ActiveProfiles("postgres")
@EnabledIfSystemProperty(named = "governance.test.postgres", matches = "true")
class AuditAppendersPostgresTest extends AuditAppendersContract {

}
