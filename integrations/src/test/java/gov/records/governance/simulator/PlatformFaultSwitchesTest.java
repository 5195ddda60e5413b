package gov.records.governance.simulator;

import static gov.records.governance.connectors.Fixtures.days;
import static gov.records.governance.connectors.Fixtures.fastOptions;
import static gov.records.governance.connectors.Fixtures.keep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.connectors.BackendConnector;
import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.Connectors;
import gov.records.governance.platforms.PlatformKind;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One platform's fault switches break that platform only (issue 19, build 9): the
 * simulator serves three backends on one port, and a drill often needs one of them down
 * while the others keep working.
 */
class PlatformFaultSwitchesTest {

	private final Connectors connectors = new Connectors(fastOptions());

	private BackendSimulator simulator;

	private BackendConnector mattermost;

	private BackendConnector matrix;

	@BeforeEach
	void start() {
		this.simulator = BackendSimulator.builder()
			.group(PlatformKind.MATTERMOST, "team:ops", "Operations", days(30, false), new AccountCounts(4, 0, 1))
			.matrixServerName("matrix.example.gov")
			.group(PlatformKind.MATRIX, "!ops:matrix.example.gov", "Ops", keep(), new AccountCounts(2, 0, 0))
			.build()
			.start();
		this.mattermost = this.connectors.open(this.simulator.connectionSettings(PlatformKind.MATTERMOST));
		this.matrix = this.connectors.open(this.simulator.connectionSettings(PlatformKind.MATRIX));
	}

	@AfterEach
	void stop() {
		this.simulator.stop();
		this.connectors.close();
	}

	@Test
	void aFaultRateOnOnePlatformLeavesTheOthersAlone() {
		this.simulator.faults(PlatformKind.MATTERMOST).rate(Fault.SERVER_ERROR, 1.0);

		assertThatThrownBy(() -> this.mattermost.fetchStatus()).isInstanceOf(ConnectorException.class);
		assertThat(this.matrix.fetchStatus().groups()).hasSize(1);

		this.simulator.faults(PlatformKind.MATTERMOST).clear();
		assertThat(this.mattermost.fetchStatus().groups()).hasSize(1);
	}

	@Test
	void injectedFaultsAreSpentOnlyByTheirPlatform() {
		this.simulator.faults(PlatformKind.MATRIX).inject(Fault.DROP_CONNECTION, 50);

		assertThat(this.mattermost.fetchStatus().groups()).hasSize(1);
		assertThatThrownBy(() -> this.matrix.fetchStatus()).isInstanceOf(ConnectorException.class);
		assertThat(this.simulator.counters().snapshot().faults()).isPositive();
	}

	@Test
	void latencyOnOnePlatformDelaysOnlyIt() {
		this.simulator.faults(PlatformKind.MATRIX).latency(Duration.ofMillis(600));

		long begin = System.nanoTime();
		this.mattermost.fetchStatus();
		long mattermostMillis = (System.nanoTime() - begin) / 1_000_000;
		begin = System.nanoTime();
		this.matrix.fetchStatus();
		long matrixMillis = (System.nanoTime() - begin) / 1_000_000;

		assertThat(matrixMillis).isGreaterThanOrEqualTo(600);
		assertThat(mattermostMillis).isLessThan(600);
	}

	@Test
	void thereAreNoSwitchesForAPlatformTheSimulatorDoesNotServe() {
		assertThatThrownBy(() -> this.simulator.faults(PlatformKind.OTHER))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
