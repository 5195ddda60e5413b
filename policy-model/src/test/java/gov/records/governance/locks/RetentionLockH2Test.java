package gov.records.governance.locks;

import org.springframework.boot.test.context.SpringBootTest;

/** Retention locks on H2. */
@SpringBootTest
class RetentionLockH2Test extends RetentionLockContract {

}
