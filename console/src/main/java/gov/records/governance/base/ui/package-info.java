/**
 * The console's frame: the main layout with its side menu, the shared view header, and
 * the error views.
 */
@NullMarked
package gov.records.governance.base.ui;

import org.jspecify.annotations.NullMarked;
