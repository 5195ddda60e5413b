package gov.records.governance.backends;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.platforms.PlatformSummary;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A platform's health before its first sync. */
class PlatformHealthTest {

	static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

	@Test
	void aPlatformNeverSyncedHasSeenNothingButKeepsItsCaptureReportAndDrift() {
		CaptureReport report = new CaptureReport(NOW, 10, 9, 1);
		PlatformHealth health = PlatformHealth.neverSynced(platform("https://wickr.example", "net-1"), NOW, report, 3);
		assertThat(health.status()).isEqualTo(SyncStatus.NEVER);
		assertThat(health.lastAttemptAt()).isNull();
		assertThat(health.lastSuccessAt()).isNull();
		assertThat(health.age(NOW)).isNull();
		assertThat(health.consecutiveFailures()).isZero();
		assertThat(health.facts()).isEmpty();
		assertThat(health.groupsSeen()).isNull();
		assertThat(health.accountsActive()).isNull();
		assertThat(health.captureSupported()).isNull();
		assertThat(health.lastCaptureReport()).isEqualTo(report);
		assertThat(health.openDrift()).isEqualTo(3);
	}

	@Test
	void aPlatformWithoutAConnectionIsNotConnectedRatherThanNeverSynced() {
		assertThat(PlatformHealth.neverSynced(platform(null, null), NOW, null, 0).status())
			.isEqualTo(SyncStatus.NOT_CONNECTED);
	}

	private static PlatformSummary platform(@Nullable String baseUrl, @Nullable String externalId) {
		return new PlatformSummary(7, "Wickr", PlatformKind.WICKR, true, baseUrl, externalId, null, 300, null, null, 30,
				false, null);
	}

}
