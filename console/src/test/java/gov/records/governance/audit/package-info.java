/**
 * Tests of the console's side of the audit log: a broken chain as an alarm.
 */
@NullMarked
package gov.records.governance.audit;

import org.jspecify.annotations.NullMarked;
