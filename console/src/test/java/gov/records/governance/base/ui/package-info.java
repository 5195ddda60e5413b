/**
 * Browserless tests of the shared frame and error views.
 */
@NullMarked
package gov.records.governance.base.ui;

import org.jspecify.annotations.NullMarked;
