package gov.records.governance.sync;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorException.Kind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The failures in a row shown beside a platform's circuit are the ones the circuit counts
 * (issue 19, build 9): a push that fails counts as much as a sync, so "Circuit Open"
 * never sits beside a count below the threshold that opened it.
 */
class CircuitBreakersTest {

	private final CircuitBreakers breakers = new CircuitBreakers(
			new SyncProperties(true, Duration.ofSeconds(15), 3, Duration.ofMinutes(5), Duration.ofMinutes(10)));

	@Test
	void theCountBesideAnOpenCircuitReachesTheThreshold() {
		fail(7, Kind.UNAVAILABLE);
		fail(7, Kind.TIMEOUT);
		assertThat(this.breakers.state(7)).isEqualTo("Closed");
		assertThat(this.breakers.failuresInARow(7)).isEqualTo(2);
		fail(7, Kind.THROTTLED);

		assertThat(this.breakers.state(7)).isEqualTo("Open");
		assertThat(this.breakers.failuresInARow(7)).isEqualTo(3);
		assertThat(this.breakers.failuresInARow(8)).isZero();
	}

	@Test
	void aSuccessOrARefusedSettingEndsTheRun() {
		fail(7, Kind.UNAVAILABLE);
		fail(7, Kind.UNAVAILABLE);
		fail(7, Kind.REJECTED);
		assertThat(this.breakers.failuresInARow(7)).isZero();
		fail(7, Kind.UNAVAILABLE);
		this.breakers.succeeded(7, Duration.ofMillis(3));

		assertThat(this.breakers.failuresInARow(7)).isZero();
		assertThat(this.breakers.state(7)).isEqualTo("Closed");
	}

	private void fail(long platformId, Kind kind) {
		this.breakers.failed(platformId, Duration.ofMillis(5), new ConnectorException(kind, "test"));
	}

}
