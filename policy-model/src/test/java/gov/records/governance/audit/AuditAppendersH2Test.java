package gov.records.governance.audit;

import org.springframework.boot.test.context.SpringBootTest;

/** Two appenders on one H2 database (its own, so no other test's events mix in). */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:audit-appenders;DB_CLOSE_DELAY=-1")
class AuditAppendersH2Test extends AuditAppendersContract {

}
