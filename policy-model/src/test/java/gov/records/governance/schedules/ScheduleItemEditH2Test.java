package gov.records.governance.schedules;

import org.springframework.boot.test.context.SpringBootTest;

/** Schedule item edits on H2. */
@SpringBootTest
class ScheduleItemEditH2Test extends ScheduleItemEditContract {

}
