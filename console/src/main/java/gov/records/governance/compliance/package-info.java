/**
 * Console side of compliance: when the engine runs (on start, on a schedule, after
 * changes).
 */
@NullMarked
package gov.records.governance.compliance;

import org.jspecify.annotations.NullMarked;
