package gov.records.governance.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import gov.records.governance.organizations.TreeRange;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Figures counted for one organization scope, kept for a short while and shown to every
 * user with the same scope (DD075). The scope, as the ranges of the organization tree it
 * covers, is the key: two users see the same figures exactly when they see the same
 * organizations. Users who arrive while the figures are being counted wait for that count
 * instead of starting their own; a count that fails keeps nothing.
 */
final class RecentByScope<V> {

	/** Scopes kept at once: one per distinct grant in use, far fewer in practice. */
	private static final int SCOPES = 512;

	private final @Nullable Cache<List<TreeRange>, V> recent;

	RecentByScope(Duration maxAge, Ticker ticker) {
		this.recent = maxAge.isZero() ? null
				: Caffeine.newBuilder().expireAfterWrite(maxAge).maximumSize(SCOPES).ticker(ticker).build();
	}

	/** The figures of {@code scope} counted within the max age, or counted now. */
	V get(List<TreeRange> scope, Supplier<V> count) {
		if (this.recent == null) {
			return count.get();
		}
		return this.recent.get(List.copyOf(scope), (key) -> count.get());
	}

}
