package gov.records.governance.outbox;

import org.springframework.boot.test.context.SpringBootTest;

/** The outbox worker on H2. */
@SpringBootTest
class OutboxH2Test extends OutboxContract {

}
