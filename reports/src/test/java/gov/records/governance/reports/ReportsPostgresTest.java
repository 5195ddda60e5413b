package gov.records.governance.reports;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Oversight reports on PostgreSQL. */
@SpringBootTest
@ActiveProfiles("postgres")
@EnabledIfSystemProperty(named = "governance.test.postgres", matches = "true")
class ReportsPostgresTest extends ReportEvidenceContract {

}
