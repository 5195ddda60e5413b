package gov.records.governance.compliance;

import org.springframework.boot.test.context.SpringBootTest;

/** The compliance engine on H2. */
@SpringBootTest
class ComplianceEngineH2Test extends ComplianceEngineContract {

}
