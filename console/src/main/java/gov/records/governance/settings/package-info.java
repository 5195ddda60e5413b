/**
 * Console side of governed changes: what follows an applied change.
 */
@NullMarked
package settings;

import org.jspecify.annotations.NullMarked;
