package gov.records.governance.connectors.matrix;

import static gov.records.governance.connectors.Fixtures.days;
import static gov.records.governance.connectors.Fixtures.fastOptions;
import static gov.records.governance.connectors.Fixtures.keep;
import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.connectors.ApplyResult;
import gov.records.governance.connectors.BackendConnector;
import gov.records.governance.connectors.ConnectionSettings;
import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorException.Kind;
import gov.records.governance.connectors.Connectors;
import gov.records.governance.connectors.GroupStatus;
import gov.records.governance.connectors.PlatformStatus;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.simulator.BackendSimulator;
import gov.records.governance.simulator.Fault;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Matrix connector over real HTTP against the simulator. */
class MatrixConnectorTest {

	private final Connectors connectors = new Connectors(fastOptions().withPageSize(2));

	private BackendSimulator simulator;

	private BackendConnector matrix;

	@BeforeEach
	void start() {
		this.simulator = BackendSimulator.builder()
			.matrixServerName("matrix.example.gov")
			.group(PlatformKind.MATRIX, "!ops:matrix.example.gov", "Ops", days(30, false), new AccountCounts(5, 1, 1))
			.group(PlatformKind.MATRIX, "!legal:matrix.example.gov", "Legal", keep(), new AccountCounts(2, 0, 0))
			.group(PlatformKind.MATRIX, "!hidden:matrix.example.gov", "Hidden", days(7, false),
					new AccountCounts(1, 0, 0))
			.matrixRoomWithoutConsole("!hidden:matrix.example.gov")
			.build()
			.start();
		this.matrix = this.connectors.open(this.simulator.connectionSettings(PlatformKind.MATRIX));
	}

	@AfterEach
	void stop() {
		this.simulator.stop();
		this.connectors.close();
	}

	@Test
	void fetchesRoomsAcrossPagesWithRetentionAndUsers() {
		PlatformStatus status = this.matrix.fetchStatus();
		Map<String, GroupStatus> rooms = status.groups()
			.stream()
			.collect(Collectors.toMap(GroupStatus::externalId, Function.identity()));

		assertThat(rooms).hasSize(3);
		assertThat(rooms.get("!ops:matrix.example.gov").settings()).isEqualTo(days(30, false));
		assertThat(rooms.get("!ops:matrix.example.gov").accounts()).isEqualTo(new AccountCounts(5, 0, 0));
		assertThat(rooms.get("!legal:matrix.example.gov").settings()).isEqualTo(keep());
		assertThat(rooms.get("!hidden:matrix.example.gov").settings()).as("read through the admin state API")
			.isEqualTo(days(7, false));
		assertThat(status.accounts()).isEqualTo(new AccountCounts(8, 1, 1));
		assertThat(status.capture().supported()).isFalse();
	}

	@Test
	void appliesRetentionOnce() {
		ApplyResult first = this.matrix.apply("!legal:matrix.example.gov", days(90, false), "t1");
		ApplyResult again = this.matrix.apply("!legal:matrix.example.gov", days(90, false), "t1");
		ApplyResult off = this.matrix.apply("!ops:matrix.example.gov", keep(), "t2");

		assertThat(first.changed()).isTrue();
		assertThat(again.changed()).isFalse();
		assertThat(off.settings()).isEqualTo(keep());
		assertThat(this.simulator.counters().applied(PlatformKind.MATRIX, "!legal:matrix.example.gov")).isEqualTo(1);
		assertThat(this.simulator.liveSettings(PlatformKind.MATRIX, "!ops:matrix.example.gov")).contains(keep());
	}

	@Test
	void aRoomTheConsoleIsNotInCannotBeChanged() {
		ConnectorException ex = failure(() -> this.matrix.apply("!hidden:matrix.example.gov", days(1, false), "t3"));
		assertThat(ex.kind()).isEqualTo(Kind.UNAUTHORIZED);
		assertThat(ex.getMessage()).contains("M_FORBIDDEN");
		assertThat(failure(() -> this.matrix.apply("!nowhere:matrix.example.gov", days(1, false), "t4")).kind())
			.isEqualTo(Kind.NOT_FOUND);
	}

	@Test
	void wrongTokenIsUnauthorizedAndFaultsAreTyped() {
		ConnectionSettings real = this.simulator.connectionSettings(PlatformKind.MATRIX);
		ConnectorException ex = failure(
				this.connectors.open(ConnectionSettings.matrix(real.baseUrl(), "x", "bad-token"))::fetchStatus);
		assertThat(ex.kind()).isEqualTo(Kind.UNAUTHORIZED);
		assertThat(ex.getMessage()).contains("M_UNKNOWN_TOKEN").doesNotContain("bad-token");

		this.simulator.faults().inject(Fault.THROTTLE, 1);
		this.simulator.faults().inject(Fault.SERVER_ERROR, 1);
		assertThat(this.matrix.fetchStatus().groups()).hasSize(3);
		this.simulator.faults().rate(Fault.DROP_CONNECTION, 1);
		assertThat(failure(this.matrix::fetchStatus).kind()).isEqualTo(Kind.UNAVAILABLE);
	}

	private static ConnectorException failure(Runnable call) {
		try {
			call.run();
		}
		catch (ConnectorException ex) {
			return ex;
		}
		throw new AssertionError("expected a ConnectorException");
	}

}
