/**
 * Browserless tests of the Reports view.
 */
@NullMarked
package gov.records.governance.reports.ui;

import org.jspecify.annotations.NullMarked;
