package gov.records.governance.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

	private final SingleFlight<String, Integer> flight = new SingleFlight<>();

	@Test
	void aCallerArrivingDuringARunGetsItsValueAndTheNextCallRunsAgain() throws Exception {
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = threads.submit(() -> this.flight.run("a", () -> {
				started.countDown();
				await(release);
				return runs.incrementAndGet();
			}));
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
			Future<Integer> second = threads.submit(() -> this.flight.run("a", runs::incrementAndGet));
			// the second caller is waiting for the first run, not running its own
			Thread.sleep(100);
			assertThat(second.isDone()).isFalse();
			release.countDown();
			assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(1);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.flight.run("a", runs::incrementAndGet)).isEqualTo(2);
		assertThat(this.flight.run("b", runs::incrementAndGet)).as("another key runs at once").isEqualTo(3);
	}

	@Test
	void aFailedRunsExceptionReachesItsCallerAndNothingIsKept() {
		assertThatThrownBy(() -> this.flight.run("a", () -> {
			throw new IllegalStateException("database gone");
		})).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
		assertThat(this.flight.run("a", () -> 7)).isEqualTo(7);
	}

	@Test
	void aBackgroundRunIsNotStartedTwiceAndHandsItsFailureOn() {
		AtomicReference<Runnable> queued = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		assertThat(this.flight.startUnlessRunning("a", () -> {
			throw new IllegalStateException("timed out");
		}, queued::set, failure::set)).isTrue();
		assertThat(this.flight.startUnlessRunning("a", () -> 1, (task) -> {
			throw new AssertionError("a second run must not start");
		}, failure::set)).isFalse();
		queued.get().run();
		assertThat(failure.get()).hasMessage("timed out");
		assertThat(this.flight.startUnlessRunning("a", () -> 1, Runnable::run, failure::set))
			.as("the run ended: the next starts")
			.isTrue();
	}

	@Test
	void anExecutorThatRefusesLeavesNothingRunning() {
		assertThatThrownBy(() -> this.flight.startUnlessRunning("a", () -> 1, (task) -> {
			throw new java.util.concurrent.RejectedExecutionException("no threads");
		}, (ex) -> {
		})).isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
		assertThat(this.flight.run("a", () -> 2)).isEqualTo(2);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
