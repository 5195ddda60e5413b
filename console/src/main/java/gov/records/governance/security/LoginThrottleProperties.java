package gov.records.governance.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling ({@code governance.login.*}): failures in a row before a user name
 * or a source address is locked, the first lock and its doubling up to a ceiling, how
 * long failures are remembered, how many failed sign-ins the audit log takes per minute,
 * and how long verified API credentials are kept (DD019).
 *
 * @param userFailures failed sign-ins in a row for one user name before it is locked
 * @param addressFailures failed sign-ins in a row from one address (any user names)
 * before it is locked
 * @param firstLock the first lock; each further failure after a lock doubles it
 * @param maxLock the longest lock
 * @param forgetAfter failures older than this no longer count
 * @param auditedFailuresPerMinute failed sign-ins written to the audit log per minute at
 * most (the rest are counted and reported in the next one)
 * @param credentialCache how long API credentials, once verified, are accepted without
 * hashing the password again
 */
@ConfigurationProperties("governance.login")
record LoginThrottleProperties(@DefaultValue("5") int userFailures, @DefaultValue("20") int addressFailures,
		@DefaultValue("30s") Duration firstLock, @DefaultValue("15m") Duration maxLock,
		@DefaultValue("1h") Duration forgetAfter, @DefaultValue("20") int auditedFailuresPerMinute,
		@DefaultValue("60s") Duration credentialCache) {
}
