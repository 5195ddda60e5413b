package gov.records.governance.dashboard;

import gov.records.governance.organizations.TreeRange;
import gov.records.governance.shared.RecentValues;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Figures counted for one organization scope, kept for a short while and shown to every
 * user with the same scope (DD075). The scope, as the ranges of the organization tree it
 * covers, is the key: two users see the same figures exactly when they see the same
 * organizations. Users who arrive while a scope's first figures are being counted wait
 * for that count instead of starting their own (the dashboard asks outside any
 * transaction, so they hold no connection while they wait); once figures are older than
 * the max age, users get them at once while one count runs in the background (DD077), and
 * figures older than {@link #KEEP_FOR_MAX_AGES} max ages are counted afresh. A count that
 * fails keeps nothing new.
 */
final class RecentByScope<V> {

	/** How many max ages older figures are still shown while newer ones are counted. */
	static final int KEEP_FOR_MAX_AGES = 5;

	private final RecentValues<List<TreeRange>, V> recent;

	RecentByScope(RecentValues<List<TreeRange>, V> recent) {
		this.recent = recent;
	}

	RecentByScope(String what, Duration maxAge) {
		this(RecentValues.sharingFirstReads(what, maxAge, maxAge.multipliedBy(KEEP_FOR_MAX_AGES)));
	}

	/** The figures of {@code scope} counted within the max age, or counted now. */
	V get(List<TreeRange> scope, Supplier<V> count) {
		return this.recent.get(List.copyOf(scope), count);
	}

}
