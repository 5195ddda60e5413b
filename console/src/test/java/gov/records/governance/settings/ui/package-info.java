/**
 * Browserless tests of governed changes in the console.
 */
@NullMarked
package gov.records.governance.settings.ui;

import org.jspecify.annotations.NullMarked;
