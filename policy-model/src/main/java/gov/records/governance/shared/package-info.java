/**
 * Small value types and formatting shared by every feature (durations, periods).
 */
@NullMarked
package gov.records.governance.shared;

import org.jspecify.annotations.NullMarked;
