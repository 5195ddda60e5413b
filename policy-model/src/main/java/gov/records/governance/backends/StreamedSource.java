package gov.records.governance.backends;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Reads a backend on a virtual thread of its own while the caller writes what has
 * arrived, so the network and the database work at the same time (a large Wickr network
 * is 250 pages; DD013). Groups travel in chunks through a small bounded queue, so memory
 * stays flat. A failure on either side stops both: the reader's is rethrown to the caller
 * (whose transaction then rolls back), and a failed writer interrupts the reader.
 */
final class StreamedSource {

	static final int CHUNK = 1000;

	private static final List<LiveGroup> END = List.of();

	private StreamedSource() {
	}

	/**
	 * Runs {@code source}, handing its groups to {@code sink} on the calling thread.
	 * @return what the source returned about the platform
	 */
	static SyncedPlatform read(StatusSource source, Consumer<LiveGroup> sink) {
		BlockingQueue<List<LiveGroup>> queue = new ArrayBlockingQueue<>(4);
		CompletableFuture<SyncedPlatform> reader = new CompletableFuture<>();
		Thread thread = Thread.ofVirtual().name("backend-reader").start(() -> {
			try {
				List<LiveGroup>[] chunk = chunk();
				SyncedPlatform platform = source.read((group) -> {
					chunk[0].add(group);
					if (chunk[0].size() == CHUNK) {
						put(queue, chunk[0]);
						chunk[0] = new ArrayList<>(CHUNK);
					}
				});
				if (!chunk[0].isEmpty()) {
					put(queue, chunk[0]);
				}
				reader.complete(platform);
			}
			catch (RuntimeException | Error ex) {
				reader.completeExceptionally(ex);
			}
			finally {
				try {
					queue.put(END);
				}
				catch (InterruptedException ex) {
					// the writer gave up and interrupted us: nobody waits for the end
					Thread.currentThread().interrupt();
				}
			}
		});
		try {
			while (true) {
				List<LiveGroup> chunk = queue.take();
				if (chunk == END) {
					break;
				}
				chunk.forEach(sink);
			}
			return reader.get();
		}
		catch (InterruptedException ex) {
			thread.interrupt();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the backend", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
		catch (RuntimeException | Error ex) {
			thread.interrupt();
			throw ex;
		}
	}

	@SuppressWarnings("unchecked")
	private static List<LiveGroup>[] chunk() {
		return new List[] { new ArrayList<LiveGroup>(CHUNK) };
	}

	private static void put(BlockingQueue<List<LiveGroup>> queue, List<LiveGroup> chunk) {
		try {
			queue.put(chunk);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The sync stopped reading the backend", ex);
		}
	}

}
