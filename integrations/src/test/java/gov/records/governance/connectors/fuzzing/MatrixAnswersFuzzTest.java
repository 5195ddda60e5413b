package gov.records.governance.connectors.fuzzing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import gov.records.governance.connectors.ConnectionSettings;
import gov.records.governance.groups.DeletionSettings;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes the Matrix connector's reading of a Synapse homeserver's answers (rooms, room
 * retention and state, users, the retention write). Seeds and past findings are in
 * {@code MatrixAnswersFuzzTestInputs}; the script format is {@link ScriptedBackend}'s.
 */
class MatrixAnswersFuzzTest {

	private static final BackendAnswers MATRIX = new BackendAnswers(
			(uri) -> ConnectionSettings.matrix(uri, "example.gov", "fuzz-access-token"));

	private static final DeletionSettings THIRTY_DAYS = new DeletionSettings(true, Duration.ofDays(30), null, 0, false);

	@FuzzTest(maxDuration = "5s")
	void answers(byte[] input) {
		MATRIX.check(input, "!room:example.gov", THIRTY_DAYS);
	}

	@AfterAll
	static void close() {
		MATRIX.close();
	}

}
