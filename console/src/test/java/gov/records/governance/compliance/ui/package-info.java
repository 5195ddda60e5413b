/**
 * Browserless tests of the Findings view.
 */
@NullMarked
package gov.records.governance.compliance.ui;

import org.jspecify.annotations.NullMarked;
