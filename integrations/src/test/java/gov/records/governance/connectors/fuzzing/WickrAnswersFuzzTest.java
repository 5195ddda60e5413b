package gov.records.governance.connectors.fuzzing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import gov.records.governance.connectors.ConnectionSettings;
import gov.records.governance.groups.DeletionSettings;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes the Wickr connector's reading of the Wickr admin API's answers (the network, its
 * settings and data-retention bot, users, security groups, the group writes). Seeds and
 * past findings are in {@code WickrAnswersFuzzTestInputs}; the script format is
 * {@link ScriptedBackend}'s.
 */
class WickrAnswersFuzzTest {

	private static final BackendAnswers WICKR = new BackendAnswers(
			(uri) -> ConnectionSettings.wickr(uri, "12345678", "us-east-1", "AKIDFUZZ", "fuzz-secret-access-key"));

	private static final DeletionSettings THIRTY_DAYS = new DeletionSettings(true, Duration.ofDays(30), null, 0, false);

	@FuzzTest(maxDuration = "5s")
	void answers(byte[] input) {
		WICKR.check(input, "sg-ops", THIRTY_DAYS);
	}

	@AfterAll
	static void close() {
		WICKR.close();
	}

}
