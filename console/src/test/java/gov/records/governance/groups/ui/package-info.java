/**
 * Browserless tests of the Groups views.
 */
@NullMarked
package gov.records.governance.groups.ui;

import org.jspecify.annotations.NullMarked;
