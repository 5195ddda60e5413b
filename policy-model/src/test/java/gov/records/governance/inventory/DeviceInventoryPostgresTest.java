package gov.records.governance.inventory;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Device-inventory imports on PostgreSQL. */
@SpringBootTest
@ActiveProfiles("postgres")
@EnabledIfSystemProperty(named = "governance.test.postgres", matches = "true")
class DeviceInventoryPostgresTest extends DeviceInventoryContract {

}
