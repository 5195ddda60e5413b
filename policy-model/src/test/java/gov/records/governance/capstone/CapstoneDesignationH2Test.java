package gov.records.governance.capstone;

import org.springframework.boot.test.context.SpringBootTest;

/** Capstone designation on H2. */
@SpringBootTest
class CapstoneDesignationH2Test extends CapstoneDesignationContract {

}
