/**
 * Console side of the audit log: the state of its hash chain as a health detail.
 */
@NullMarked
package gov.records.governance.audit;

import org.jspecify.annotations.NullMarked;
