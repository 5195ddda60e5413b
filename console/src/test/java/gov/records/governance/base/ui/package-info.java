/**
 * Browserless tests of the shared frame and error views.
 */
@NullMarked
package base.ui;

import org.jspecify.annotations.NullMarked;
