/**
 * Browserless tests of the Schedules view.
 */
@NullMarked
package gov.records.governance.schedules.ui;

import org.jspecify.annotations.NullMarked;
