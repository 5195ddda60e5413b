package gov.records.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit benchmark's goals are checked, not only named: the chain's 5,000 events/s and
 * the tree's 1,000 events/s each decide their own "met".
 */
class AuditBenchmarkTest {

	private static final double[] VERIFY = { 900_000, 1_000_000 };

	@Test
	void eachAppendGoalIsCheckedOnItsOwn() {
		assertThat(met(AuditBenchmark.results(new double[] { 6_000, 20_000 }, VERIFY))).containsExactly(true, true,
				true);
		assertThat(met(AuditBenchmark.results(new double[] { 3_000, 20_000 }, VERIFY))).containsExactly(false, true,
				true);
		assertThat(met(AuditBenchmark.results(new double[] { 999, 20_000 }, VERIFY))).containsExactly(false, false,
				true);
		assertThat(met(AuditBenchmark.results(new double[] { 6_000, 20_000 }, new double[] { 400_000, 1_000_000 })))
			.containsExactly(true, true, false);
	}

	@Test
	void theGoalsReadAsTheIssuesStateThem() {
		List<BenchResult> results = AuditBenchmark.results(new double[] { 1, 2 }, VERIFY);
		assertThat(results.get(0).goal()).isEqualTo(">= 5,000 events/s");
		assertThat(results.get(1).name()).contains("Merkle tree maintained");
		assertThat(results.get(1).goal()).startsWith(">= 1,000 events/s");
	}

	private static List<Boolean> met(List<BenchResult> results) {
		return results.stream().map(BenchResult::met).toList();
	}

}
