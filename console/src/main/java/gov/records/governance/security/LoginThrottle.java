package gov.records.governance.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gov.records.governance.audit.AuditEntry;
import gov.records.governance.audit.AuditService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per user name and per source address, with back-off: after
 * {@code userFailures} (or {@code addressFailures}) failures in a row the name (or the
 * address) is locked for {@code firstLock}; every failure after a lock doubles it, up to
 * {@code maxLock}. While locked every sign-in is refused, the right password included,
 * without hashing anything. Each lock is written to the audit log ({@code login.locked}),
 * where records officers, inspectors and the CIO see it. A successful sign-in clears its
 * name's failures. Kept in memory, per instance (DD019).
 */
@Component
class LoginThrottle {

	/** One name's or one address's failures. */
	private static final class Attempts {

		int failures;

		int refused;

		Instant lastFailure = Instant.EPOCH;

		Instant lockedUntil = Instant.EPOCH;

	}

	private final LoginThrottleProperties properties;

	private final AuditService audit;

	private final Clock clock;

	private final Cache<String, Attempts> attempts;

	LoginThrottle(LoginThrottleProperties properties, AuditService audit, Clock clock) {
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
		this.attempts = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(properties.forgetAfter().plus(properties.maxLock()))
			.build();
	}

	/**
	 * How much longer sign-ins of this name from this address are refused, if they are; a
	 * refused attempt is counted for the next lock's audit event.
	 */
	Optional<Duration> locked(String username, @Nullable String address) {
		Instant now = this.clock.instant();
		Duration longest = Duration.ZERO;
		for (String key : keys(username, address)) {
			if (key == null) {
				continue;
			}
			Attempts a = this.attempts.getIfPresent(key);
			if (a != null) {
				synchronized (a) {
					if (a.lockedUntil.isAfter(now)) {
						a.refused++;
						Duration left = Duration.between(now, a.lockedUntil);
						longest = (left.compareTo(longest) > 0) ? left : longest;
					}
				}
			}
		}
		return longest.isZero() ? Optional.empty() : Optional.of(longest);
	}

	/** A wrong password (or an unknown name): counted, and a lock when due. */
	void failed(String username, @Nullable String address) {
		String[] keys = keys(username, address);
		count(keys[0], this.properties.userFailures(), "user", LoginNames.sanitise(username), username);
		if (keys[1] != null) {
			count(keys[1], this.properties.addressFailures(), "address", LoginNames.sanitise(address), username);
		}
	}

	/** A good password: the name starts afresh (its address does not). */
	void succeeded(String username) {
		this.attempts.invalidate(keys(username, null)[0]);
	}

	private void count(String key, int threshold, String type, String subject, String username) {
		Instant now = this.clock.instant();
		Attempts a = this.attempts.get(key, (k) -> new Attempts());
		Duration lock = null;
		int refused;
		int failures;
		synchronized (a) {
			if (Duration.between(a.lastFailure, now).compareTo(this.properties.forgetAfter()) > 0) {
				a.failures = 0;
			}
			a.failures++;
			a.lastFailure = now;
			failures = a.failures;
			refused = a.refused;
			if (a.failures >= threshold) {
				lock = lockFor(a.failures - threshold);
				a.lockedUntil = now.plus(lock);
				a.refused = 0;
			}
		}
		if (lock != null) {
			this.audit.recordFor(LoginNames.sanitise(username), null,
					AuditEntry.of("login.locked", type, subject)
						.withReason(failures + " failed sign-ins in a row; sign-ins refused for " + lock.toSeconds()
								+ " s" + ((refused > 0) ? " (" + refused + " refused during the previous lock)" : "")));
		}
	}

	private Duration lockFor(int beyond) {
		Duration lock = this.properties.firstLock().multipliedBy(1L << Math.min(beyond, 20));
		return (lock.compareTo(this.properties.maxLock()) > 0) ? this.properties.maxLock() : lock;
	}

	private static String[] keys(String username, @Nullable String address) {
		String name = (username.length() > 256) ? username.substring(0, 256) : username;
		return new String[] { "user:" + name.toLowerCase(Locale.ROOT),
				(address != null) ? "address:" + address : null };
	}

}
