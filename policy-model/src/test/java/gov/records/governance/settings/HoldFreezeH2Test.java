package gov.records.governance.settings;

import org.springframework.boot.test.context.SpringBootTest;

/** Hold freeze on H2. */
@SpringBootTest
class HoldFreezeH2Test extends HoldFreezeContract {

}
