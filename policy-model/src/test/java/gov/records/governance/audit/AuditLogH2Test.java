package gov.records.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.Users;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The audit log on H2, where a modified event in the database is caught by verification.
 */
@SpringBootTest
class AuditLogH2Test extends AuditLogContract {

	@Test
	void verificationFindsAnEventModifiedInTheDatabase() {
		this.jdbc.update("update audit_event set reason = 'rewritten' where seq = 77");
		ChainVerification result = Users.as("inspector", () -> this.log.verify(), "INSPECTOR");
		assertThat(result.ok()).isFalse();
		assertThat(result.brokenAt()).isEqualTo(77);
		assertThat(result.problem()).contains("modified");
	}

}
