/**
 * Tests of when the compliance engine runs: after real changes, through the real
 * triggers.
 */
@NullMarked
package gov.records.governance.compliance;

import org.jspecify.annotations.NullMarked;
