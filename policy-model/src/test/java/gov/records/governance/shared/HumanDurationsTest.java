package gov.records.governance.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HumanDurationsTest {

	@Test
	void usesTheLargestExactUnit() {
		assertThat(HumanDurations.format(Duration.ofDays(7), "-")).isEqualTo("7 days");
		assertThat(HumanDurations.format(Duration.ofDays(1), "-")).isEqualTo("1 day");
		assertThat(HumanDurations.format(Duration.ofDays(365), "-")).isEqualTo("1 year");
		assertThat(HumanDurations.format(Duration.ofDays(730), "-")).isEqualTo("2 years");
		assertThat(HumanDurations.format(Duration.ofHours(36), "-")).isEqualTo("36 hours");
		assertThat(HumanDurations.format(Duration.ofMinutes(90), "-")).isEqualTo("90 minutes");
		assertThat(HumanDurations.format(Duration.ofSeconds(61), "-")).isEqualTo("61 seconds");
	}

	@Test
	void absentDurationGivesTheFallbackText() {
		assertThat(HumanDurations.format(null, "No limit")).isEqualTo("No limit");
	}

}
