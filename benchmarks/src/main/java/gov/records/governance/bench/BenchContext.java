package gov.records.governance.bench;

import gov.records.governance.demo.DemoSize;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What every benchmark may need: the data-set size, the store it runs on ({@code h2} or
 * {@code postgres}), the load time, where the shipped console jar is (not this module's),
 * a scratch directory.
 */
public record BenchContext(DemoSize size, String store, Duration demoLoad, Path jar, Path workDir) {

	/** The stores {@code ./govern bench --db} takes. */
	public static final java.util.List<String> STORES = java.util.List.of("h2", "postgres");

	public BenchContext {
		if (!STORES.contains(store)) {
			throw new IllegalArgumentException("unknown store '" + store + "': use h2 or postgres");
		}
	}

}
