/**
 * Tests of the stores' durability checks and permissions.
 */
@NullMarked
package gov.records.governance.durability;

import org.jspecify.annotations.NullMarked;
