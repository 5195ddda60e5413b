package gov.records.governance.settings;

import org.springframework.boot.test.context.SpringBootTest;

/** Governed settings changes on H2. */
@SpringBootTest
class SettingsChangeH2Test extends SettingsChangeContract {

}
