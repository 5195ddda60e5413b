/**
 * The Holds view (legal holds and their scopes).
 */
@NullMarked
package holds.ui;

import org.jspecify.annotations.NullMarked;
