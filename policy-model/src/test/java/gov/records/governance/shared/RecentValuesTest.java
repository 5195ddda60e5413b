package gov.records.governance.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Recent values (DD077): fresh values are not read again; older ones are returned at once
 * while one background read replaces them; a failed background read keeps the older
 * value; values past their keep time are read by the caller; forgetting wins over a read
 * that began before it; and, the reason the class exists, a caller never waits for
 * another caller's first read unless sharing first reads was chosen.
 */
class RecentValuesTest {

	private final AtomicLong nanos = new AtomicLong();

	private final Ticker ticker = this.nanos::get;

	/** Background reads queued here and run when the test says. */
	private final List<Runnable> background = new ArrayList<>();

	private final AtomicInteger reads = new AtomicInteger();

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	private RecentValues<String, Integer> values(boolean shareFirstReads) {
		return RecentValues.of("test values", Duration.ofSeconds(30), Duration.ofMinutes(5), this.ticker,
				this.background::add, shareFirstReads);
	}

	private int read() {
		return this.reads.incrementAndGet();
	}

	private void later(Duration by) {
		this.nanos.addAndGet(by.toNanos());
	}

	private void runBackground() {
		List<Runnable> now = new ArrayList<>(this.background);
		this.background.clear();
		now.forEach(Runnable::run);
	}

	@Test
	void aFreshValueIsNotReadAgainAndAnotherKeyIs() {
		RecentValues<String, Integer> values = values(false);
		assertThat(values.get("a", this::read)).isEqualTo(1);
		later(Duration.ofSeconds(29));
		assertThat(values.get("a", this::read)).isEqualTo(1);
		assertThat(values.get("b", this::read)).isEqualTo(2);
		assertThat(this.background).isEmpty();
	}

	@Test
	void anOlderValueIsReturnedAtOnceWhileOneBackgroundReadReplacesIt() {
		RecentValues<String, Integer> values = values(false);
		values.get("a", this::read);
		later(Duration.ofSeconds(31));
		assertThat(values.get("a", this::read)).isEqualTo(1);
		assertThat(values.get("a", this::read)).isEqualTo(1);
		assertThat(this.background).as("one background read, not one per caller").hasSize(1);
		assertThat(this.reads).hasValue(1);
		runBackground();
		assertThat(values.get("a", this::read)).isEqualTo(2);
		assertThat(this.background).as("the new value is fresh").isEmpty();
	}

	@Test
	void aFailedBackgroundReadKeepsTheOlderValueAndTheNextCallTriesAgain() {
		RecentValues<String, Integer> values = values(false);
		values.get("a", this::read);
		later(Duration.ofSeconds(31));
		assertThat(values.get("a", () -> {
			throw new IllegalStateException("database unavailable");
		})).isEqualTo(1);
		runBackground();
		assertThat(values.get("a", this::read)).isEqualTo(1);
		runBackground();
		assertThat(values.get("a", this::read)).isEqualTo(2);
	}

	@Test
	void aValuePastItsKeepTimeIsReadByTheCaller() {
		RecentValues<String, Integer> values = values(false);
		values.get("a", this::read);
		later(Duration.ofMinutes(6));
		assertThat(values.get("a", this::read)).isEqualTo(2);
		assertThat(this.background).isEmpty();
	}

	@Test
	void aFailedFirstReadKeepsNothing() {
		RecentValues<String, Integer> values = values(true);
		assertThatThrownBy(() -> values.get("a", () -> {
			throw new IllegalStateException("database unavailable");
		})).hasMessage("database unavailable");
		assertThat(values.get("a", this::read)).isEqualTo(1);
	}

	@Test
	void forgettingWinsOverAReadThatBeganBeforeIt() {
		RecentValues<String, Integer> values = values(false);
		values.get("a", this::read);
		later(Duration.ofSeconds(31));
		// the change (and its forget) lands while the background read is reading
		values.get("a", () -> {
			int before = read();
			values.forget("a");
			return before;
		});
		runBackground();
		assertThat(values.get("a", this::read)).as("read afresh after the forget, not the older read's value")
			.isEqualTo(3);
		// the same for a caller's own first read
		values.forgetAll();
		assertThat(values.get("b", () -> {
			int before = read();
			values.forgetAll();
			return before;
		})).isEqualTo(4);
		assertThat(values.get("b", this::read)).isEqualTo(5);
	}

	@Test
	void aFreshForOfZeroReadsEveryTime() {
		RecentValues<String, Integer> values = RecentValues.of("test values", Duration.ZERO, Duration.ZERO, this.ticker,
				this.background::add, true);
		values.get("a", this::read);
		values.get("a", this::read);
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void theBackgroundReadRunsWithTheCallersSecurityContext() {
		RecentValues<String, String> values = RecentValues.of("test values", Duration.ofSeconds(30),
				Duration.ofMinutes(5), this.ticker, this.background::add, false);
		values.get("a", () -> "first");
		later(Duration.ofSeconds(31));
		Authentication caller = new TestingAuthenticationToken("cio", "n/a", "ROLE_CIO");
		SecurityContextHolder.getContext().setAuthentication(caller);
		AtomicReference<Authentication> seen = new AtomicReference<>();
		values.get("a", () -> {
			seen.set(SecurityContextHolder.getContext().getAuthentication());
			return "second";
		});
		SecurityContextHolder.clearContext();
		runBackground();
		assertThat(seen.get()).isSameAs(caller);
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	/**
	 * The pool deadlock of DD077: callers inside transactions waited, each holding a
	 * connection, for a first read that needed one more.
	 */
	@Test
	void aCallerNeverWaitsForAnotherCallersFirstRead() throws Exception {
		RecentValues<String, Integer> values = values(false);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = pool.submit(() -> values.get("a", () -> {
				started.countDown();
				await(release);
				return 100;
			}));
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			Future<Integer> second = pool.submit(() -> values.get("a", this::read));
			assertThat(second.get(10, TimeUnit.SECONDS)).as("read on its own, not waiting for the first").isEqualTo(1);
			release.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(100);
			assertThat(values.get("a", this::read)).as("the later read is kept").isEqualTo(100);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

	@Test
	void callersSharingFirstReadsWaitForTheFirstInsteadOfReadingAgain() throws Exception {
		RecentValues<String, Integer> values = values(true);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			Future<Integer> first = pool.submit(() -> values.get("a", () -> {
				started.countDown();
				await(release);
				return read();
			}));
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			List<Future<Integer>> others = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				others.add(pool.submit(() -> values.get("a", this::read)));
			}
			release.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
			for (Future<Integer> other : others) {
				assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(1);
			}
			assertThat(this.reads).hasValue(1);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
