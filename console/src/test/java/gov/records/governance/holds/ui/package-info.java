/**
 * Browserless tests of the Holds view.
 */
@NullMarked
package gov.records.governance.holds.ui;

import org.jspecify.annotations.NullMarked;
