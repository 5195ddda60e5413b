package gov.records.governance.schema;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/** The schema rules on H2. */
@DataJpaTest
class SchemaH2Test extends SchemaContract {

}
