/**
 * The Approvals view: settings changes waiting for a records officer.
 */
@NullMarked
package settings.ui;

import org.jspecify.annotations.NullMarked;
