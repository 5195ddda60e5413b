package gov.records.governance.sync;

import org.springframework.boot.test.context.SpringBootTest;

/** Status sync on H2. */
@SpringBootTest
class SyncH2Test extends SyncContract {

}
