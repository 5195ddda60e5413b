package gov.records.governance.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * When a platform is due: never tried, or its own interval has passed since the last
 * attempt.
 */
class SyncSchedulerTest {

	static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	@Test
	void aPlatformIsDueOnceItsIntervalHasPassed() {
		assertThat(SyncScheduler.due(null, 300, NOW)).isTrue();
		assertThat(SyncScheduler.due(NOW.minusSeconds(299), 300, NOW)).isFalse();
		assertThat(SyncScheduler.due(NOW.minusSeconds(300), 300, NOW)).isTrue();
	}

}
