package gov.records.governance.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Values read from the database on nearly every request and kept for a short while (a
 * user's grant, the organization tree, the dashboard's figures), kept so that <b>no
 * caller ever waits for another caller's read while it may hold a pooled connection</b>
 * (DD077). A cache that makes callers of one key wait for the first caller's load
 * deadlocks the pool: callers inside a transaction hold a connection while they wait, and
 * a loader that is outside one needs a connection of its own; with the pool taken by the
 * waiters, all of them wait until the pool's time-out.
 * <ul>
 * <li>A value younger than {@code freshFor} is returned.</li>
 * <li>An older value, still younger than {@code keepFor}, is returned too, and one read
 * of a new value starts in the background (with the caller's security context); callers
 * get the older value until it lands. A failed read keeps the older value.</li>
 * <li>Without a value (or with one older than {@code keepFor}) the caller reads it on its
 * own thread, in its own transaction when it has one. Concurrent callers each read it,
 * unless {@link #sharingFirstReads} was chosen: then they wait for the first caller's
 * read, which is safe only where no caller holds a connection (views, outside
 * transactions).</li>
 * </ul>
 * A {@code freshFor} of zero keeps nothing: every call reads. {@link #forget} drops a
 * value at once; a read that started before it does not put its older result back.
 */
public final class RecentValues<K, V> {

	private static final Logger log = LoggerFactory.getLogger(RecentValues.class);

	private static final int MAX_KEYS = 10_000;

	private final String what;

	private final long freshNanos;

	private final @Nullable Cache<K, Kept<V>> kept;

	private final Ticker ticker;

	private final Executor background;

	private final boolean shareFirstReads;

	/** Reads in progress by key: background refreshes, and shared first reads. */
	private final SingleFlight<K, V> reading = new SingleFlight<>();

	/** Raised by every {@link #forget}: a read begun before it keeps nothing. */
	private final AtomicLong generation = new AtomicLong();

	private RecentValues(String what, Duration freshFor, Duration keepFor, Ticker ticker, Executor background,
			boolean shareFirstReads) {
		if (freshFor.isNegative() || keepFor.compareTo(freshFor) < 0) {
			throw new IllegalArgumentException("freshFor must be >= 0 and keepFor >= freshFor");
		}
		this.what = what;
		this.freshNanos = freshFor.toNanos();
		this.ticker = ticker;
		this.background = background;
		this.shareFirstReads = shareFirstReads;
		this.kept = freshFor.isZero() ? null
				: Caffeine.newBuilder().expireAfterWrite(keepFor).maximumSize(MAX_KEYS).ticker(ticker).build();
	}

	/**
	 * Values whose first read each caller makes itself: for values read inside
	 * transactions (a grant, the organization tree), where waiting for another caller's
	 * read can deadlock the pool.
	 * @param what what the values are, for the log when a background read fails
	 */
	public static <K, V> RecentValues<K, V> of(String what, Duration freshFor, Duration keepFor) {
		return new RecentValues<>(what, freshFor, keepFor, Ticker.systemTicker(), RecentValues::inBackground, false);
	}

	/**
	 * Values whose first read concurrent callers share (an expensive count): only for
	 * callers that hold no pooled connection while they ask.
	 */
	public static <K, V> RecentValues<K, V> sharingFirstReads(String what, Duration freshFor, Duration keepFor) {
		return new RecentValues<>(what, freshFor, keepFor, Ticker.systemTicker(), RecentValues::inBackground, true);
	}

	/**
	 * As {@link #of} or {@link #sharingFirstReads}, with a clock to age values by and an
	 * executor for the background reads (tests).
	 */
	public static <K, V> RecentValues<K, V> of(String what, Duration freshFor, Duration keepFor, Ticker ticker,
			Executor background, boolean shareFirstReads) {
		return new RecentValues<>(what, freshFor, keepFor, ticker, background, shareFirstReads);
	}

	/** The value of {@code key}: kept, or read by {@code read} as the class describes. */
	public V get(K key, Supplier<V> read) {
		Cache<K, Kept<V>> values = this.kept;
		if (values == null) {
			return read.get();
		}
		Kept<V> value = values.getIfPresent(key);
		if (value == null) {
			return this.shareFirstReads ? readShared(values, key, read) : readAndKeep(values, key, read);
		}
		if (this.ticker.read() - value.readAt() >= this.freshNanos) {
			refresh(values, key, read);
		}
		return value.value();
	}

	/** Drops the value of {@code key}: the next call reads it. */
	public void forget(K key) {
		this.generation.incrementAndGet();
		if (this.kept != null) {
			this.kept.invalidate(key);
		}
	}

	/** Drops every value. */
	public void forgetAll() {
		this.generation.incrementAndGet();
		if (this.kept != null) {
			this.kept.invalidateAll();
		}
	}

	private V readAndKeep(Cache<K, Kept<V>> values, K key, Supplier<V> read) {
		long before = this.generation.get();
		long at = this.ticker.read();
		V value = read.get();
		keep(values, key, value, at, before);
		return value;
	}

	private void keep(Cache<K, Kept<V>> values, K key, V value, long at, long generationBefore) {
		if (this.generation.get() == generationBefore) {
			values.asMap().merge(key, new Kept<>(value, at), (old, now) -> (old.readAt() > now.readAt()) ? old : now);
		}
	}

	private V readShared(Cache<K, Kept<V>> values, K key, Supplier<V> read) {
		return this.reading.run(key, () -> readAndKeep(values, key, read));
	}

	private void refresh(Cache<K, Kept<V>> values, K key, Supplier<V> read) {
		try {
			this.reading.startUnlessRunning(key, () -> readAndKeep(values, key, read),
					(task) -> this.background.execute(DelegatingSecurityContextRunnable.create(task, null)), (ex) -> log
						.warn("Reading {} again failed; the older value stays in use: {}", this.what, ex.getMessage()));
		}
		catch (RuntimeException ex) {
			log.warn("Could not start reading {} again: {}", this.what, ex.getMessage());
		}
	}

	private static void inBackground(Runnable task) {
		Thread.ofPlatform().daemon().name("recent-values-refresh").start(task);
	}

	private record Kept<V>(V value, long readAt) {
	}

}
