package gov.records.governance.bench;

import java.util.List;

/** A group of measurements the harness runs; each feature adds its own. */
public interface Benchmark {

	/** Runs the measurements and returns their figures. */
	List<BenchResult> run(BenchContext context) throws Exception;

}
