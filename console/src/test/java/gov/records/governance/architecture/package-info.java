/**
 * Tests that keep the module and package structure true.
 */
@NullMarked
package architecture;

import org.jspecify.annotations.NullMarked;
