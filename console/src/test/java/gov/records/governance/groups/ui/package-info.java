/**
 * Browserless tests of the Groups views.
 */
@NullMarked
package groups.ui;

import org.jspecify.annotations.NullMarked;
