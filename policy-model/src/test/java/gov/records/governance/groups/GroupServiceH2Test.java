package gov.records.governance.groups;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/** The groups contract on the embedded H2 database. */
@DataJpaTest
class GroupServiceH2Test extends GroupServiceContract {

}
