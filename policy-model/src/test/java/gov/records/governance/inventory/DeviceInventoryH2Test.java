package gov.records.governance.inventory;

import org.springframework.boot.test.context.SpringBootTest;

/** Device-inventory imports on H2. */
@SpringBootTest
class DeviceInventoryH2Test extends DeviceInventoryContract {

}
