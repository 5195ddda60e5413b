package gov.records.governance.reports;

import org.springframework.boot.test.context.SpringBootTest;

/** Oversight reports on H2. */
@SpringBootTest
class ReportsH2Test extends ReportEvidenceContract {

}
