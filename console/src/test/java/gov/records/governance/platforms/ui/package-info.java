/** Browserless tests of the Platforms view and the simulator page. */
@NullMarked
package gov.records.governance.platforms.ui;

import org.jspecify.annotations.NullMarked;
