package gov.records.governance.capstone;

import org.springframework.boot.test.context.SpringBootTest;

/** NA-1005 form import on H2. */
@SpringBootTest
class CapstoneFormImportH2Test extends CapstoneFormImportContract {

}
