package gov.records.governance.connectors.fuzzing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import gov.records.governance.connectors.ApplyResult;
import gov.records.governance.connectors.BackendConnector;
import gov.records.governance.connectors.ConnectionSettings;
import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorOptions;
import gov.records.governance.connectors.Connectors;
import gov.records.governance.connectors.GroupStatus;
import gov.records.governance.connectors.PlatformStatus;
import gov.records.governance.groups.DeletionSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the connector targets share: a connector of one kind against a
 * {@link ScriptedBackend} (one attempt per call, a short time-out), reading a status and
 * then pushing a change from the script, and the property: a valid status or result, or a
 * {@link ConnectorException} whose message is words (no Java class name or stack frame
 * the answers did not contain); never another exception.
 */
final class BackendAnswers implements AutoCloseable {

	/** A qualified class name, a bare exception name or a stack frame. */
	private static final Pattern JAVA = Pattern.compile(
			"\\b[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b|\\tat ");

	private static final ConnectorOptions OPTIONS = ConnectorOptions.defaults()
		.withRetries(1, Duration.ofMillis(1), Duration.ofMillis(1))
		.withRequestTimeout(Duration.ofSeconds(5))
		.withPageSize(2);

	private final ScriptedBackend backend = new ScriptedBackend();

	private final Connectors connectors = new Connectors(OPTIONS);

	private final BackendConnector connector;

	BackendAnswers(Function<java.net.URI, ConnectionSettings> settings) {
		this.connector = this.connectors.open(settings.apply(this.backend.baseUri()));
	}

	/**
	 * Serves {@code input} as the backend's answers to a status read and a push of
	 * {@code governed} to {@code group}, and checks what the connector made of them.
	 */
	void check(byte[] input, String group, DeletionSettings governed) {
		// the only connections are to the scripted backend (Jazzer's SSRF detector would
		// report the connector opening a new one after the backend dropped the last)
		int port = this.backend.baseUri().getPort();
		BugDetectors.allowNetworkConnections(
				(host, to) -> to == port && (host.equals("127.0.0.1") || host.equals("localhost")));
		this.backend.play(input);
		String answers = new String(input, StandardCharsets.UTF_8);
		List<GroupStatus> groups = new ArrayList<>();
		try {
			PlatformStatus status = this.connector.streamStatus(groups::add);
			assertThat(status.kind()).isEqualTo(this.connector.kind());
			assertThat(status.externalId()).isNotNull();
			assertThat(status.name()).isNotNull();
			assertThat(status.accounts()).isNotNull();
			assertThat(status.capture()).isNotNull();
			groups.forEach(BackendAnswers::valid);
		}
		catch (ConnectorException ex) {
			failure(ex, answers);
		}
		try {
			ApplyResult result = this.connector.push(group, governed, "fuzz-token");
			assertThat(result.groupExternalId()).isEqualTo(group);
			assertThat(result.settings()).isNotNull();
		}
		catch (ConnectorException ex) {
			failure(ex, answers);
		}
	}

	private static void valid(GroupStatus group) {
		assertThat(group.externalId()).as("a group's id").isNotBlank();
		assertThat(group.name()).as("a group's name").isNotNull();
		assertThat(group.settings()).isNotNull();
		if (group.accounts() != null) {
			assertThat(group.accounts().active()).isNotNegative();
			assertThat(group.accounts().pending()).isNotNegative();
			assertThat(group.accounts().suspended()).isNotNegative();
		}
	}

	private static void failure(ConnectorException ex, String answers) {
		assertThat(ex.kind()).isNotNull();
		String message = String.valueOf(ex.getMessage());
		assertThat(message).isNotBlank();
		Matcher m = JAVA.matcher(message);
		while (m.find()) {
			assertThat(answers).as("'%s' reached the message: %s", m.group(), message).contains(m.group());
		}
	}

	@Override
	public void close() {
		this.connectors.close();
		this.backend.close();
	}

}
