/**
 * Tests of the benchmark harness's own logic (the benchmarks themselves run with
 * {@code ./govern bench}).
 */
@NullMarked
package gov.records.governance.bench;

import org.jspecify.annotations.NullMarked;
