package gov.records.governance.compliance;

import org.springframework.boot.test.context.SpringBootTest;

/** Two compliance services on one H2 database (its own: the test commits). */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:compliance-runs;DB_CLOSE_DELAY=-1")
class ComplianceRunsAcrossInstancesH2Test extends ComplianceRunsAcrossInstancesContract {

}
