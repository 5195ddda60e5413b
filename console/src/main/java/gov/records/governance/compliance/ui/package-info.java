/**
 * The Findings view.
 */
@NullMarked
package compliance.ui;

import org.jspecify.annotations.NullMarked;
