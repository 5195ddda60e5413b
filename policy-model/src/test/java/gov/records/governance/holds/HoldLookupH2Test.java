package gov.records.governance.holds;

import org.springframework.boot.test.context.SpringBootTest;

/** Hold lookups on H2. */
@SpringBootTest
class HoldLookupH2Test extends HoldLookupContract {

}
