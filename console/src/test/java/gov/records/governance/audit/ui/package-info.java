/** Tests of the audit log's view parts: the chain receipt and the CSV export. */
@NullMarked
package gov.records.governance.audit.ui;

import org.jspecify.annotations.NullMarked;
