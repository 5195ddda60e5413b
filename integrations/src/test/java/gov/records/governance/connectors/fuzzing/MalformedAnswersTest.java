package gov.records.governance.connectors.fuzzing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import gov.records.governance.connectors.BackendConnector;
import gov.records.governance.connectors.ConnectionSettings;
import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorOptions;
import gov.records.governance.connectors.Connectors;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the connector fuzz targets found, as plain regression tests: an answer without a
 * field the connector reads, or with a value it cannot use, is a
 * {@code MALFORMED_RESPONSE} in words; before, the parser's own exception escaped the
 * connector (and reached the sync as an unexpected failure).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedAnswersTest {

	private final ScriptedBackend backend = new ScriptedBackend();

	private final Connectors connectors = new Connectors(
			ConnectorOptions.defaults().withRetries(1, Duration.ofMillis(1), Duration.ofMillis(1)));

	private BackendConnector matrix;

	private BackendConnector mattermost;

	private BackendConnector wickr;

	@BeforeAll
	void open() {
		this.matrix = this.connectors.open(ConnectionSettings.matrix(this.backend.baseUri(), "example.gov", "t"));
		this.mattermost = this.connectors.open(ConnectionSettings.mattermost(this.backend.baseUri(), "example", "t"));
		this.wickr = this.connectors
			.open(ConnectionSettings.wickr(this.backend.baseUri(), "12345678", "us-east-1", "AKID", "secret"));
	}

	@AfterAll
	void close() {
		this.connectors.close();
		this.backend.close();
	}

	@Test
	void aMatrixRoomWithoutAnIdIsAMalformedAnswer() {
		assertThat(malformed(this.matrix, "{\"rooms\":[{\"name\":\"no id\"}]}").getMessage())
			.isEqualTo("Matrix example.gov: reading the status: the answer did not have the shape expected "
					+ "(field 'room_id' missing or not a string)");
	}

	@Test
	void aMatrixNextBatchThatIsNoNumberIsAMalformedAnswer() {
		assertThat(malformed(this.matrix, "{\"rooms\":[],\"next_batch\":\"soon\"}").getMessage())
			.isEqualTo("Matrix example.gov: reading the status: the answer held a value the console cannot use");
	}

	@Test
	void aMattermostPolicyListWithoutPoliciesIsAMalformedAnswer() {
		assertThat(malformed(this.mattermost, "{}\n---\n{}").getMessage()).contains("reading the status")
			.contains("field 'policies' missing or not an array");
	}

	@Test
	void wickrNetworkSettingsWithoutSettingsAreAMalformedAnswer() {
		assertThat(malformed(this.wickr, "{}\n---\n{}\n---\n{}").getMessage()).contains("reading the status")
			.contains("field 'settings' missing or not an array");
	}

	private ConnectorException malformed(BackendConnector connector, String answers) {
		this.backend.play(answers.getBytes(StandardCharsets.UTF_8));
		Throwable thrown = catchThrowable(connector::fetchStatus);
		assertThat(thrown).as("a ConnectorException, not another exception").isInstanceOf(ConnectorException.class);
		ConnectorException failure = (ConnectorException) thrown;
		assertThat(failure.kind()).isEqualTo(ConnectorException.Kind.MALFORMED_RESPONSE);
		return failure;
	}

}
