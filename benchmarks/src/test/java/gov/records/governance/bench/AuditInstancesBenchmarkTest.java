package gov.records.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The two-instance goal needs both halves: 0.7 times one instance and 2,000 events/s.
 */
class AuditInstancesBenchmarkTest {

	@Test
	void bothHalvesOfTheGoalDecide() {
		assertThat(AuditInstancesBenchmark.results(2_500, 3_000, 9_000).get(0).met()).isTrue();
		assertThat(AuditInstancesBenchmark.results(2_000, 3_000, 9_000).get(0).met()).isFalse();
		assertThat(AuditInstancesBenchmark.results(1_900, 2_000, 9_000).get(0).met()).isFalse();
		assertThat(AuditInstancesBenchmark.results(1_900, 2_000, 9_000).get(0).goal())
			.isEqualTo(">= 0.7x one instance and >= 2,000 events/s");
	}

}
