package gov.records.governance.audit;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Published checkpoints on PostgreSQL, in a schema of their own (the committed events
 * stay out of the other tests' schema).
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/${GOVERNANCE_TEST_PGDB:test}?currentSchema=governance_published",
		"spring.flyway.schemas=governance_published", "spring.flyway.default-schema=governance_published" })
@ActiveProfiles("postgres")
@EnabledIfSystemProperty(named = "governance.test.postgres", matches = "true")
class PublishedHistoryPostgresTest extends PublishedHistoryContract {

}
