/**
 * The Reports view (oversight reports and their archive).
 */
@NullMarked
package gov.records.governance.reports.ui;

import org.jspecify.annotations.NullMarked;
