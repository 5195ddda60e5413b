/**
 * Schedule, schedule item and assignment entities and repositories; used only by the
 * schedules feature.
 */
@NullMarked
package gov.records.governance.schedules.domain;

import org.jspecify.annotations.NullMarked;
