package gov.records.governance.settings;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two transactions racing on one group, on PostgreSQL in a schema of their own (the
 * commits stay out of the other tests' schema).
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/${GOVERNANCE_TEST_PGDB:test}?currentSchema=governance_race",
		"spring.flyway.schemas=governance_race", "spring.flyway.default-schema=governance_race" })
@ActiveProfiles("postgres")
@EnabledIfSystemProperty(named = "governance.test.postgres", matches = "true")
class SettingsChangeRacePostgresTest extends SettingsChangeRaceContract {

	@Override
	boolean aSessionWaitsForALock() {
		Long waiting = this.jdbc.queryForObject("""
				select count(*) from pg_stat_activity
				where datname = current_database() and wait_event_type = 'Lock'
				""", Long.class);
		return waiting != null && waiting > 0;
	}

}
