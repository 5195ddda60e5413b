package gov.records.governance.dashboard;

import gov.records.governance.backends.PlatformHealth;

/**
 * A platform's health with the user's share of it: its groups and accounts in the user's
 * scope and their open drift findings (the backend's own totals are department-wide).
 */
public record PlatformFigures(PlatformHealth health, long groupsInScope, long accountsInScope, long driftInScope) {
}
