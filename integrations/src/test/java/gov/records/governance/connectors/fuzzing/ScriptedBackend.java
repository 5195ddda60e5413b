package gov.records.governance.connectors.fuzzing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * A backend that answers each request with the next answer of a script, over real HTTP on
 * 127.0.0.1 (a port in 19900-19999). A script is the fuzzer's bytes: answers separated by
 * a line {@code ---}; an answer that starts with a three-digit line is sent with that
 * status, otherwise with 200, always as {@code application/json}. When the script runs
 * out, every further request is answered 404 {@code {}}, so a connector that keeps paging
 * ends.
 */
final class ScriptedBackend implements AutoCloseable {

	private static final byte[] SEPARATOR = "\n---\n".getBytes(StandardCharsets.US_ASCII);

	private static final int FIRST_PORT = 19900;

	private static final int LAST_PORT = 19999;

	/** One answer: status and body. */
	record Answer(int status, byte[] body) {
	}

	private final HttpServer server;

	private final Queue<Answer> script = new ConcurrentLinkedQueue<>();

	ScriptedBackend() {
		this.server = bind();
		this.server.createContext("/", this::answer);
		this.server.setExecutor(Executors.newSingleThreadExecutor());
		this.server.start();
	}

	URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	/** Replaces the script with the answers in {@code input}. */
	void play(byte[] input) {
		this.script.clear();
		this.script.addAll(answers(input));
	}

	static List<Answer> answers(byte[] input) {
		List<Answer> answers = new ArrayList<>();
		int start = 0;
		while (start <= input.length) {
			int end = indexOf(input, SEPARATOR, start);
			byte[] chunk = Arrays.copyOfRange(input, start, (end < 0) ? input.length : end);
			answers.add(answer(chunk));
			if (end < 0) {
				break;
			}
			start = end + SEPARATOR.length;
		}
		return answers;
	}

	private static Answer answer(byte[] chunk) {
		if (chunk.length >= 4 && chunk[3] == '\n' && digit(chunk[0]) && digit(chunk[1]) && digit(chunk[2])) {
			int status = (chunk[0] - '0') * 100 + (chunk[1] - '0') * 10 + (chunk[2] - '0');
			if (status >= 200 && status <= 599) {
				return new Answer(status, Arrays.copyOfRange(chunk, 4, chunk.length));
			}
		}
		return new Answer(200, chunk);
	}

	private static boolean digit(byte b) {
		return b >= '0' && b <= '9';
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = from; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			in.readAllBytes();
		}
		Answer next = this.script.poll();
		if (next == null) {
			next = new Answer(404, "{}".getBytes(StandardCharsets.US_ASCII));
		}
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		boolean empty = next.status() == 204 || next.status() == 304;
		exchange.sendResponseHeaders(next.status(), empty ? -1 : (next.body().length == 0) ? -1 : next.body().length);
		if (!empty && next.body().length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(next.body());
			}
		}
		exchange.close();
	}

	private static HttpServer bind() {
		for (int port = FIRST_PORT; port <= LAST_PORT; port++) {
			try {
				return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
			}
			catch (BindException taken) {
				// the next one
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		throw new IllegalStateException("no free port in " + FIRST_PORT + "-" + LAST_PORT);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
