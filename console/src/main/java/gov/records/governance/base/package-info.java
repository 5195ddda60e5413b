/**
 * Console-wide configuration shared by every feature.
 */
@NullMarked
package base;

import org.jspecify.annotations.NullMarked;
