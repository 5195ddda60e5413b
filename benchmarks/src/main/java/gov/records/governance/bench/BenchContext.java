package gov.records.governance.bench;

import gov.records.governance.demo.DemoSize;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What every benchmark may need: the data-set size, the load time, where the shipped
 * console jar is (not this module's), a scratch directory.
 */
public record BenchContext(DemoSize size, Duration demoLoad, Path jar, Path workDir) {
}
