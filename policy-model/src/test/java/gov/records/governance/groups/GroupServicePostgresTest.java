package gov.records.governance.groups;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;

/** The groups contract on PostgreSQL (127.0.0.1:5432, database {@code test}). */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("postgres")
@EnabledIfSystemProperty(named = "governance.test.postgres", matches = "true")
class GroupServicePostgresTest extends GroupServiceContract {

}
