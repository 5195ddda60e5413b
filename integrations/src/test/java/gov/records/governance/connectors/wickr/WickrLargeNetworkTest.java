package gov.records.governance.connectors.wickr;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.connectors.ConnectorOptions;
import gov.records.governance.connectors.Connectors;
import gov.records.governance.connectors.PlatformStatus;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.simulator.BackendSimulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Pages through a large network: a tenth of a department by default (2,500 groups, 25,000
 * users); the real size (25,000 groups, 250,000 users) with
 * {@code -Dgovernance.connectors.large=true}. Prints the rate; asserts only the result.
 */
class WickrLargeNetworkTest {

	@Test
	void pagesThroughEveryGroupAndUser() {
		int groups = Boolean.getBoolean("governance.connectors.large") ? 25_000 : 2_500;
		DeletionSettings week = new DeletionSettings(true, Duration.ofDays(7), null, 60, true);
		BackendSimulator.Builder builder = BackendSimulator.builder();
		for (int i = 0; i < groups; i++) {
			builder.group(PlatformKind.WICKR, "sg-" + i, "Group " + i, week, new AccountCounts(8, 1, 1));
		}
		try (BackendSimulator simulator = builder.build().start();
				Connectors connectors = new Connectors(ConnectorOptions.defaults())) {
			WickrConnector wickr = (WickrConnector) connectors.open(simulator.connectionSettings(PlatformKind.WICKR));
			wickr.fetchStatus();
			long start = System.nanoTime();
			PlatformStatus status = wickr.fetchStatus();
			double seconds = (System.nanoTime() - start) / 1e9;
			long streamStart = System.nanoTime();
			int streamed = wickr.streamSecurityGroups((group) -> {
			});
			double streamSeconds = (System.nanoTime() - streamStart) / 1e9;

			assertThat(status.groups()).hasSize(groups);
			assertThat(streamed).isEqualTo(groups);
			assertThat(status.accounts()).isEqualTo(new AccountCounts(8L * groups, groups, groups));
			System.out.printf(
					"Wickr: %,d groups and %,d users in %.2f s (%,.0f groups/s with users); "
							+ "groups alone streamed at %,.0f/s%n",
					groups, status.accounts().total(), seconds, groups / seconds, groups / streamSeconds);
		}
	}

}
