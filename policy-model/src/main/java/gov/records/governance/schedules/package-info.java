/**
 * Records schedules and their items (GRS and agency), and their assignments to groups,
 * organizations and role categories.
 */
@NullMarked
package gov.records.governance.schedules;

import org.jspecify.annotations.NullMarked;
