package gov.records.governance.groups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.backends.LiveGroupState;
import gov.records.governance.compliance.FindingDetails;
import gov.records.governance.compliance.FindingRow;
import gov.records.governance.compliance.rules.CaptureStaleRule;
import gov.records.governance.groups.DeletionSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, Found 5: a group's page said "Capture for records: On" next to a live state
 * with capture off and a critical finding that capture is not healthy. The one capture
 * statement names what is configured, what the backend has live, and an open capture
 * finding, and calls capture healthy only when none of them says otherwise.
 */
class CaptureStatementTest {

	private static final Instant NOW = Instant.parse("2026-12-02T05:58:00Z");

	@Test
	void configuredOnButOffInTheBackendWithAFindingSaysAllThreeAndNeverHealthy() {
		String text = CaptureStatement.of(true, Optional.of(live(false)), List.of(captureFinding()));
		assertThat(text).isEqualTo("Configured on; live in the backend: off; not healthy: "
				+ CaptureStaleRule.INFO.title().toLowerCase(java.util.Locale.ROOT));
	}

	@Test
	void offInTheBackendWithoutAFindingYetIsNotCalledHealthy() {
		assertThat(CaptureStatement.of(true, Optional.of(live(false)), List.of()))
			.isEqualTo("Configured on; live in the backend: off");
	}

	@Test
	void onEverywhereWithoutAFindingIsHealthy() {
		assertThat(CaptureStatement.of(true, Optional.of(live(true)), List.of()))
			.isEqualTo("Configured on; live in the backend: on; healthy");
		assertThat(CaptureStatement.of(true, Optional.empty(), List.of())).isEqualTo("Configured on; healthy");
	}

	@Test
	void configuredOffIsNeverHealthy() {
		assertThat(CaptureStatement.of(false, Optional.of(live(true)), List.of()))
			.isEqualTo("Configured off; live in the backend: on");
	}

	private static LiveGroupState live(boolean capture) {
		DeletionSettings governed = new DeletionSettings(true, Duration.ofDays(30), null, 0, true);
		DeletionSettings live = new DeletionSettings(true, Duration.ofDays(30), null, 0, capture);
		return new LiveGroupState(7, live, governed, NOW, NOW, null, List.of());
	}

	private static FindingDetails captureFinding() {
		FindingRow row = new FindingRow(1, CaptureStaleRule.INFO.id(), CaptureStaleRule.INFO.title(),
				CaptureStaleRule.INFO.severity(), "Capture has not delivered for 3 days", "GROUP", 7, 7L, 1,
				"Operations", "Wickr", NOW, NOW, null);
		return new FindingDetails(row, CaptureStaleRule.INFO, Map.of());
	}

}
