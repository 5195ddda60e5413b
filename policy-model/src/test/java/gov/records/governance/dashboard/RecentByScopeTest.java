package gov.records.governance.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import gov.records.governance.organizations.TreeRange;
import gov.records.governance.shared.RecentValues;
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
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures are counted once per scope and max age (DD075): the same scope
 * within the max age is not counted again, another scope is, older figures are shown at
 * once while they are counted again in the background (DD077), figures kept too long are
 * counted afresh, users arriving during a first count wait for it, a failed count keeps
 * nothing, and a max age of zero counts every time.
 */
class RecentByScopeTest {

	private static final List<TreeRange> DEPARTMENT = List.of(new TreeRange(1, 100));

	private static final List<TreeRange> COMPONENT = List.of(new TreeRange(10, 19));

	private final AtomicLong nanos = new AtomicLong();

	private final Ticker ticker = this.nanos::get;

	private final AtomicInteger counts = new AtomicInteger();

	private final List<Runnable> background = new ArrayList<>();

	private RecentByScope<Integer> recent(Duration maxAge) {
		return new RecentByScope<>(RecentValues.of("figures", maxAge,
				maxAge.multipliedBy(RecentByScope.KEEP_FOR_MAX_AGES), this.ticker, this.background::add, true));
	}

	@Test
	void theSameScopeWithinTheMaxAgeIsNotCountedAgainAndAnotherScopeIs() {
		RecentByScope<Integer> recent = recent(Duration.ofSeconds(30));
		int first = recent.get(DEPARTMENT, this::count);
		this.nanos.addAndGet(Duration.ofSeconds(29).toNanos());
		assertThat(recent.get(new ArrayList<>(DEPARTMENT), this::count)).isEqualTo(first);
		assertThat(recent.get(COMPONENT, this::count)).isNotEqualTo(first);
		assertThat(this.counts).hasValue(2);
	}

	@Test
	void figuresOlderThanTheMaxAgeAreShownWhileTheyAreCountedAgainInTheBackground() {
		RecentByScope<Integer> recent = recent(Duration.ofSeconds(30));
		int first = recent.get(DEPARTMENT, this::count);
		this.nanos.addAndGet(Duration.ofSeconds(31).toNanos());
		assertThat(recent.get(DEPARTMENT, this::count)).isEqualTo(first);
		assertThat(this.background).hasSize(1);
		this.background.remove(0).run();
		assertThat(recent.get(DEPARTMENT, this::count)).isNotEqualTo(first);
		assertThat(this.counts).hasValue(2);
	}

	@Test
	void figuresKeptLongerThanTheirKeepTimeAreCountedAfresh() {
		RecentByScope<Integer> recent = recent(Duration.ofSeconds(30));
		int first = recent.get(DEPARTMENT, this::count);
		this.nanos.addAndGet(Duration.ofSeconds(30L * RecentByScope.KEEP_FOR_MAX_AGES + 1).toNanos());
		assertThat(recent.get(DEPARTMENT, this::count)).isNotEqualTo(first);
		assertThat(this.background).isEmpty();
	}

	@Test
	void aFailedCountKeepsNothing() {
		RecentByScope<Integer> recent = recent(Duration.ofSeconds(30));
		assertThatThrownBy(() -> recent.get(DEPARTMENT, () -> {
			throw new IllegalStateException("database unavailable");
		})).hasMessage("database unavailable");
		assertThat(recent.get(DEPARTMENT, this::count)).isEqualTo(1);
	}

	@Test
	void aMaxAgeOfZeroCountsEveryTime() {
		RecentByScope<Integer> recent = recent(Duration.ZERO);
		recent.get(DEPARTMENT, this::count);
		recent.get(DEPARTMENT, this::count);
		assertThat(this.counts).hasValue(2);
	}

	@Test
	void usersArrivingDuringACountWaitForItInsteadOfCountingAgain() throws Exception {
		RecentByScope<Integer> recent = recent(Duration.ofSeconds(30));
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			Future<Integer> first = pool.submit(() -> recent.get(DEPARTMENT, () -> {
				started.countDown();
				await(release);
				return count();
			}));
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			List<Future<Integer>> others = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				others.add(pool.submit(() -> recent.get(DEPARTMENT, this::count)));
			}
			release.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
			for (Future<Integer> other : others) {
				assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(1);
			}
			assertThat(this.counts).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private int count() {
		return this.counts.incrementAndGet();
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
