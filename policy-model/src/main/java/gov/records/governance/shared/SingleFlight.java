package gov.records.governance.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * At most one run of a piece of work per key at a time: whoever asks while the key's work
 * runs gets that run's outcome (its value, or its exception rethrown) instead of starting
 * another. Used for reads that many callers want at once (a scope's dashboard figures, a
 * user's grant read again in the background; {@link RecentValues}) and for checks that
 * must not run twice for the same input (a credential's password hash). Nothing is kept
 * once a run ends: the next caller runs the work again.
 * <p>
 * A caller that waits blocks its thread until the run ends, so only callers that hold no
 * pooled connection may share a run (DD077).
 */
public final class SingleFlight<K, V> {

	private final ConcurrentHashMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();

	/**
	 * Runs {@code work} on this thread, or, when a run for {@code key} is going on, waits
	 * for it and returns (or throws) its outcome.
	 */
	public V run(K key, Supplier<V> work) {
		CompletableFuture<V> mine = new CompletableFuture<>();
		CompletableFuture<V> other = this.running.putIfAbsent(key, mine);
		if (other != null) {
			return outcomeOf(other);
		}
		try {
			V value = work.get();
			mine.complete(value);
			return value;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.running.remove(key, mine);
		}
	}

	/**
	 * Starts {@code work} through {@code executor} unless a run for {@code key} is going
	 * on; a failure of the work is handed to {@code failed}. Callers of {@link #run}
	 * meanwhile share this run.
	 * @return whether a run was started
	 * @throws RuntimeException when the executor refuses the work (nothing is left
	 * running)
	 */
	public boolean startUnlessRunning(K key, Supplier<V> work, Executor executor, Consumer<RuntimeException> failed) {
		CompletableFuture<V> mine = new CompletableFuture<>();
		if (this.running.putIfAbsent(key, mine) != null) {
			return false;
		}
		Runnable task = () -> {
			try {
				mine.complete(work.get());
			}
			catch (RuntimeException ex) {
				mine.completeExceptionally(ex);
				failed.accept(ex);
			}
			finally {
				this.running.remove(key, mine);
			}
		};
		try {
			executor.execute(task);
			return true;
		}
		catch (RuntimeException ex) {
			this.running.remove(key, mine);
			mine.completeExceptionally(ex);
			throw ex;
		}
	}

	private static <V> V outcomeOf(CompletableFuture<V> run) {
		try {
			return run.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

}
