package gov.records.governance.connectors.wickr;

import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorException.Kind;
import gov.records.governance.connectors.transport.BodyReader;
import gov.records.governance.connectors.transport.HttpCall;
import gov.records.governance.connectors.transport.JsonTransport;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Pages through a Wickr list with the next request already on its way while the current
 * page is read: a virtual thread fetches page after page, taking each {@code nextToken}
 * from a quick scan of the body ({@link NextTokenScan}), and the caller parses the pages
 * in order. The pages stay sequential on the wire (each request needs the token of the
 * one before), but parsing and whatever the caller does with the groups no longer wait
 * for the network, nor the network for them (DD013).
 * <p>
 * Nothing changes for failures: a fetch that fails after its retries fails the read at
 * that page, after the pages before it were read; a page that does not parse fails it
 * there (what was fetched after it is dropped); the parse must find the token the scan
 * found, or the page counts as malformed. At most {@value #AHEAD} pages wait in memory.
 */
final class WickrPages {

	static final int AHEAD = 2;

	private record Page(@Nullable HttpCall call, byte @Nullable [] body, @Nullable String next,
			@Nullable RuntimeException failure) {

	}

	private WickrPages() {
	}

	/**
	 * Reads every page: {@code call} makes the request for a token (null: the first
	 * page), {@code reader} reads a page and returns its {@code nextToken}.
	 */
	static void read(JsonTransport transport, String operation, Function<@Nullable String, HttpCall> call,
			BodyReader<@Nullable String> reader) {
		BlockingQueue<Page> pages = new ArrayBlockingQueue<>(AHEAD);
		Thread fetcher = Thread.ofVirtual()
			.name("wickr-" + operation)
			.start(() -> fetchAll(transport, operation, call, pages));
		try {
			while (true) {
				Page page = pages.take();
				if (page.failure() != null) {
					throw page.failure();
				}
				HttpCall request = Objects.requireNonNull(page.call());
				String next = transport.read(request, Objects.requireNonNull(page.body()), reader);
				if (!Objects.equals(next, page.next())) {
					throw transport.malformed(request, "the page's nextToken is not where a JSON object keeps it",
							null);
				}
				if (next == null) {
					return;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ConnectorException(Kind.UNAVAILABLE, transport.label() + ": " + operation + " interrupted");
		}
		finally {
			fetcher.interrupt();
		}
	}

	private static void fetchAll(JsonTransport transport, String operation, Function<@Nullable String, HttpCall> call,
			BlockingQueue<Page> pages) {
		try {
			String token = null;
			do {
				HttpCall request = call.apply(token);
				byte[] body = transport.fetch(request);
				String next = NextTokenScan.find(body);
				pages.put(new Page(request, body, next, null));
				if (next != null && next.equals(token)) {
					pages.put(new Page(null, null, null,
							new ConnectorException(Kind.MALFORMED_RESPONSE, transport.label() + ": " + operation
									+ " returned the same nextToken twice; stopping instead of looping")));
					return;
				}
				token = next;
			}
			while (token != null);
		}
		catch (RuntimeException ex) {
			try {
				pages.put(new Page(null, null, null, ex));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
		catch (InterruptedException ex) {
			// the reader stopped (it failed, or it was interrupted): nobody waits for
			// more
			Thread.currentThread().interrupt();
		}
	}

}
