/**
 * The audit trail: who did what, when, from where, before and after.
 */
@NullMarked
package gov.records.governance.audit;

import org.jspecify.annotations.NullMarked;
