/**
 * Operations: readiness after the first sync attempts, the console's Prometheus metrics,
 * and who may read {@code /actuator} (DD055); in the {@code load} profile only, the heap
 * probe {@code ./govern load} reads (DD057).
 */
@NullMarked
package gov.records.governance.operations;

import org.jspecify.annotations.NullMarked;
