/**
 * Browserless tests of retention locks in the console.
 */
@NullMarked
package gov.records.governance.locks.ui;

import org.jspecify.annotations.NullMarked;
