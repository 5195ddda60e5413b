/**
 * The Schedules view (records schedules and items).
 */
@NullMarked
package gov.records.governance.schedules.ui;

import org.jspecify.annotations.NullMarked;
