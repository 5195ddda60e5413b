package gov.records.governance.connectors.fuzzing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import gov.records.governance.connectors.ConnectionSettings;
import gov.records.governance.groups.DeletionSettings;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes the Mattermost connector's reading of a Mattermost server's answers (the global
 * and custom retention policies, their teams and channels, teams, users, the policy
 * writes). Seeds and past findings are in {@code MattermostAnswersFuzzTestInputs}; the
 * script format is {@link ScriptedBackend}'s.
 */
class MattermostAnswersFuzzTest {

	private static final BackendAnswers MATTERMOST = new BackendAnswers(
			(uri) -> ConnectionSettings.mattermost(uri, "example", "fuzz-personal-access-token"));

	private static final DeletionSettings THIRTY_DAYS = new DeletionSettings(true, Duration.ofDays(30), null, 0, false);

	@FuzzTest(maxDuration = "5s")
	void answers(byte[] input) {
		MATTERMOST.check(input, "team:ops", THIRTY_DAYS);
	}

	@AfterAll
	static void close() {
		MATTERMOST.close();
	}

}
