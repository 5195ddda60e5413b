/**
 * The evidence behind the reports, as of a date and within an organization subtree:
 * streamed, ordered SQL over the append-only history (settings versions, findings with
 * their lifetime, the audit log), and each report type's content built from it.
 */
@NullMarked
package gov.records.governance.reports.evidence;

import org.jspecify.annotations.NullMarked;
