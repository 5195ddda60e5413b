package gov.records.governance.compliance;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Two compliance services on one PostgreSQL database, in a schema of their own. */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/${GOVERNANCE_TEST_PGDB:test}?currentSchema=governance_compliance_runs",
		"spring.flyway.schemas=governance_compliance_runs", "spring.flyway.default-schema=governance_compliance_runs" })
@ActiveProfiles("postgres")
@EnabledIfSystemProperty(named = "governance.test.postgres", matches = "true")
class ComplianceRunsAcrossInstancesPostgresTest extends ComplianceRunsAcrossInstancesContract {

}
