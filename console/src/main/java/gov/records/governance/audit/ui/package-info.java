/**
 * The Audit log view.
 */
@NullMarked
package audit.ui;

import org.jspecify.annotations.NullMarked;
