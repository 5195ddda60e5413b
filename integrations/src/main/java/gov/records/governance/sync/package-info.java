/**
 * Status sync (DD013): reaching each platform through its connector with the right
 * endpoint and credentials, a circuit breaker per platform, a database lock so that one
 * console instance syncs a platform at a time, storing what the backend reports, and what
 * follows a sync: findings brought up to date, drift remediated where a platform asks for
 * it.
 */
@NullMarked
package gov.records.governance.sync;

import org.jspecify.annotations.NullMarked;
