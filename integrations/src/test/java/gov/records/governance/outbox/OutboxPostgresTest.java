package gov.records.governance.outbox;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The outbox worker on PostgreSQL. */
@SpringBootTest
@ActiveProfiles("postgres")
@EnabledIfSystemProperty(named = "governance.test.postgres", matches = "true")
class OutboxPostgresTest extends OutboxContract {

}
