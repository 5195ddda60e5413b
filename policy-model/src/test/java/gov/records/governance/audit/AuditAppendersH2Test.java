package gov.records.governance.audit;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two appenders on one H2 database (its own, so no other test's events mix in); a lock
 * wait as long as the tests that hold the append lock on purpose need.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:audit-appenders;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000")
class AuditAppendersH2Test extends AuditAppendersContract {

}
