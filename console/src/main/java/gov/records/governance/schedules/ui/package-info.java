/**
 * The Schedules view (records schedules and items).
 */
@NullMarked
package schedules.ui;

import org.jspecify.annotations.NullMarked;
