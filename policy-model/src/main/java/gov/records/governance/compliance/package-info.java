/**
 * Compliance: the effective records requirement of each group, the engine that runs the
 * named rules over every group, and the findings it keeps with their first-seen,
 * last-seen and resolved times.
 */
@NullMarked
package gov.records.governance.compliance;

import org.jspecify.annotations.NullMarked;
