/**
 * The Audit log view.
 */
@NullMarked
package gov.records.governance.audit.ui;

import org.jspecify.annotations.NullMarked;
