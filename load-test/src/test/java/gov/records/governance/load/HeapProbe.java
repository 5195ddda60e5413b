package gov.records.governance.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks the console's load probe (only in its {@code load} profile) for the heap after a
 * full collection and the HTTP sessions it has opened, before and after the run, and
 * writes heap added ÷ sessions opened to {@code target/load-heap.txt}. Against a console
 * without the probe (a URL given to {@code ./govern load}) it says so and measures
 * nothing.
 */
final class HeapProbe {

	private static final Pattern HEAP = Pattern.compile("\"heapUsedBytes\"\\s*:\\s*(\\d+)");

	private static final Pattern OPEN = Pattern.compile("\"openSessions\"\\s*:\\s*(\\d+)");

	private static final Pattern CREATED = Pattern.compile("\"sessionsCreated\"\\s*:\\s*(\\d+)");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final HttpRequest request;

	private long[] first = new long[0];

	HeapProbe(String base, String password) {
		String basic = Base64.getEncoder().encodeToString(("cio:" + password).getBytes(StandardCharsets.UTF_8));
		this.request = HttpRequest.newBuilder(URI.create(base + "/api/load-probe/heap"))
			.header("Authorization", "Basic " + basic)
			.timeout(Duration.ofSeconds(60))
			.build();
	}

	void before() {
		this.first = read();
	}

	void after() {
		long[] last = read();
		String text;
		if (this.first.length == 0 || last.length == 0) {
			text = "Heap per session: not measured (the console has no load probe: start it with the load profile)";
		}
		else {
			long sessions = last[2] - this.first[2];
			double added = (last[0] - this.first[0]) / (1024.0 * 1024.0);
			text = String.format(Locale.ROOT,
					"Heap after GC: %.1f MB before, %.1f MB after; %d sessions opened (%d open at the end); "
							+ "%.2f MB per session",
					this.first[0] / (1024.0 * 1024.0), last[0] / (1024.0 * 1024.0), sessions, last[1],
					(sessions > 0) ? added / sessions : Double.NaN);
		}
		System.out.println(text);
		try {
			Files.createDirectories(Path.of("target"));
			Files.writeString(Path.of("target", "load-heap.txt"), text + "\n");
		}
		catch (IOException ex) {
			System.out.println("Could not write target/load-heap.txt: " + ex.getMessage());
		}
	}

	private long[] read() {
		try {
			HttpResponse<String> answer = this.http.send(this.request, HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				return new long[0];
			}
			return new long[] { number(HEAP, answer.body()), number(OPEN, answer.body()),
					number(CREATED, answer.body()) };
		}
		catch (IOException ex) {
			return new long[0];
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new long[0];
		}
	}

	private static long number(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
	}

}
