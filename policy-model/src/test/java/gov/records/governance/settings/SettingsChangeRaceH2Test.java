package gov.records.governance.settings;

import org.springframework.boot.test.context.SpringBootTest;

/** Two transactions racing on one group, on an H2 database of their own. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:settings-race;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa" })
class SettingsChangeRaceH2Test extends SettingsChangeRaceContract {

	@Override
	boolean aSessionWaitsForALock() {
		Long waiting = this.jdbc.queryForObject(
				"select count(*) from information_schema.sessions where blocker_id is not null", Long.class);
		return waiting != null && waiting > 0;
	}

}
