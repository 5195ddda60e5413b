package gov.records.governance.compliance;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The compliance engine on PostgreSQL. */
@SpringBootTest
@ActiveProfiles("postgres")
@EnabledIfSystemProperty(named = "governance.test.postgres", matches = "true")
class ComplianceEnginePostgresTest extends ComplianceEngineContract {

}
