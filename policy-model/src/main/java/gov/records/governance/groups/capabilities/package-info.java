/**
 * What each kind of messaging platform can hold: which deletion controls it has and which
 * values it accepts, one value per kind ({@code KnownPlatforms}), checked whenever a
 * change is previewed, submitted or approved (DD043).
 */
@NullMarked
package gov.records.governance.groups.capabilities;

import org.jspecify.annotations.NullMarked;
