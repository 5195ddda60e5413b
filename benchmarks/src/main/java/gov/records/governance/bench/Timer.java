package gov.records.governance.bench;

import java.util.Arrays;

/**
 * Times actions by their median wall time in milliseconds. On a 2-core machine the JIT
 * still has a backlog from start-up for a while, so every measurement first warms up for
 * several seconds; a figure and its baseline are measured interleaved, run by run, so
 * drift hits both alike.
 */
public final class Timer {

	private static final long WARMUP_NANOS = 5_000_000_000L;

	private Timer() {
	}

	/** The median of {@code runs} timed runs of one action, after the warm-up. */
	public static double medianMillis(int runs, ThrowingRunnable action) throws Exception {
		return paired(runs, action, () -> {
		})[0];
	}

	/** Medians of two actions, warmed up together and then timed alternately. */
	public static double[] paired(int runs, ThrowingRunnable figure, ThrowingRunnable baseline) throws Exception {
		ThrowingRunnable nothing = () -> {
		};
		return measure(runs, 0, nothing, figure, nothing, baseline);
	}

	/**
	 * Like {@link #paired}, but {@code setup} runs, untimed, before every run of the
	 * figure (and during the warm-up): for a figure that must follow a change.
	 */
	public static double[] pairedAfter(int runs, ThrowingRunnable setup, ThrowingRunnable figure,
			ThrowingRunnable baseline) throws Exception {
		return measure(runs, 0, setup, figure, () -> {
		}, baseline);
	}

	/**
	 * Like {@link #pairedAfter}, but {@code setup} runs, untimed, before every run of the
	 * baseline too: for two writes that must each start from the same state. The warm-up
	 * lasts at least {@code warmupRuns} pairs as well as the usual time: for a figure
	 * whose run is long and goes through a lot of code, which the JIT is still compiling
	 * after a few seconds' worth of runs.
	 */
	public static double[] pairedEachAfter(int runs, int warmupRuns, ThrowingRunnable setup, ThrowingRunnable figure,
			ThrowingRunnable baseline) throws Exception {
		return measure(runs, warmupRuns, setup, figure, setup, baseline);
	}

	private static double[] measure(int runs, int warmupRuns, ThrowingRunnable figureSetup, ThrowingRunnable figure,
			ThrowingRunnable baselineSetup, ThrowingRunnable baseline) throws Exception {
		long warmupEnd = System.nanoTime() + WARMUP_NANOS;
		for (int warmed = 0; warmed < warmupRuns || System.nanoTime() < warmupEnd; warmed++) {
			figureSetup.run();
			figure.run();
			baselineSetup.run();
			baseline.run();
		}
		double[] a = new double[runs];
		double[] b = new double[runs];
		for (int i = 0; i < runs; i++) {
			figureSetup.run();
			a[i] = time(figure);
			baselineSetup.run();
			b[i] = time(baseline);
		}
		return new double[] { median(a), median(b) };
	}

	private static double time(ThrowingRunnable action) throws Exception {
		long start = System.nanoTime();
		action.run();
		return (System.nanoTime() - start) / 1_000_000.0;
	}

	private static double median(double[] times) {
		double[] sorted = times.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	/** An action that may throw. */
	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

}
