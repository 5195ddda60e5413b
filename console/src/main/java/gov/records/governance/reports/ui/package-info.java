/**
 * The Reports view (oversight reports and their archive).
 */
@NullMarked
package reports.ui;

import org.jspecify.annotations.NullMarked;
