/**
 * The benchmark harness: runs in the bench profile, measures each figure beside a raw
 * baseline from the same run, and rewrites docs/benchmarks.md.
 */
@NullMarked
package gov.records.governance.bench;

import org.jspecify.annotations.NullMarked;
