package gov.records.governance.schema;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;

/** The schema rules on PostgreSQL. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("postgres")
@EnabledIfSystemProperty(named = "governance.test.postgres", matches = "true")
class SchemaPostgresTest extends SchemaContract {

}
