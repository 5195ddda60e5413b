package gov.records.governance.schedules;

import org.springframework.boot.test.context.SpringBootTest;

/** Schedule import and export on H2. */
@SpringBootTest
class ScheduleImportH2Test extends ScheduleImportContract {

}
