/**
 * The Findings view (compliance findings).
 */
@NullMarked
package findings.ui;

import org.jspecify.annotations.NullMarked;
