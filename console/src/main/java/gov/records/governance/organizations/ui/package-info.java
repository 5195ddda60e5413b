/**
 * The Organizations view: the department tree within the user's scope.
 */
@NullMarked
package organizations.ui;

import org.jspecify.annotations.NullMarked;
