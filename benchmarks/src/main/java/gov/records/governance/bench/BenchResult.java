package gov.records.governance.bench;

import org.jspecify.annotations.Nullable;

/**
 * One measured figure, with the raw baseline measured in the same run when there is one,
 * and the goal it is held to.
 */
public record BenchResult(String area, String name, double value, String unit, @Nullable Double baseline,
		@Nullable String baselineName, String goal, boolean met) {

	public @Nullable Double ratio() {
		return (this.baseline != null && this.baseline > 0) ? this.value / this.baseline : null;
	}

}
