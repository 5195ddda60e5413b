/**
 * Tests of how the evidence reports put their parts together.
 */
@NullMarked
package gov.records.governance.reports.evidence;

import org.jspecify.annotations.NullMarked;
