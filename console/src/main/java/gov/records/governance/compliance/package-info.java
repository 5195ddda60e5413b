/**
 * Console side of compliance: when the engine runs (on start, on a schedule, after
 * changes).
 */
@NullMarked
package compliance;

import org.jspecify.annotations.NullMarked;
