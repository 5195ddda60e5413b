package gov.records.governance.bench;

import gov.records.governance.security.DemoUsersProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Authenticated REST API throughput over real HTTP against the console the harness runs
 * in: {@value #CLIENTS} clients call {@code GET /api/approvals} as {@code cio} with HTTP
 * Basic for {@value #SECONDS} s, beside the same clients calling a public endpoint that
 * needs no authentication (the floor of HTTP, the filter chain and a tiny answer).
 */
@Component
@Profile("bench")
class ApiAuthBenchmark implements Benchmark {

	private static final int CLIENTS = 8;

	private static final int SECONDS = 5;

	private final Environment environment;

	private final DemoUsersProperties users;

	ApiAuthBenchmark(Environment environment, DemoUsersProperties users) {
		this.environment = environment;
		this.users = users;
	}

	@Override
	public List<BenchResult> run(BenchContext context) throws Exception {
		String base = "http://127.0.0.1:" + this.environment.getRequiredProperty("local.server.port");
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString(("cio:" + this.users.password()).getBytes(StandardCharsets.UTF_8));
		HttpRequest authenticated = HttpRequest.newBuilder(URI.create(base + "/api/approvals"))
			.header("Authorization", basic)
			.build();
		HttpRequest open = HttpRequest.newBuilder(URI.create(base + "/api/log/verifier-key")).build();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		perSecond(http, authenticated, 1);
		perSecond(http, open, 1);
		double api = perSecond(http, authenticated, SECONDS);
		double floor = perSecond(http, open, SECONDS);
		return List.of(new BenchResult("API",
				"Authenticated reads over HTTP Basic (" + CLIENTS + " clients, GET /api/approvals as cio)", api,
				"requests/s", floor, "the same clients on a public endpoint without authentication",
				">= 0.1x the public endpoint (a BCrypt check per request gave 0.01x)", api >= 0.1 * floor));
	}

	/** Successful answers per second of {@link #CLIENTS} clients sending for a while. */
	private static double perSecond(HttpClient http, HttpRequest request, int seconds) throws Exception {
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
			List<Future<Integer>> counts = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				counts.add(clients.submit(() -> {
					int ok = 0;
					while (System.nanoTime() < end) {
						if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
							ok++;
						}
					}
					return ok;
				}));
			}
			long total = 0;
			for (Future<Integer> count : counts) {
				total += count.get();
			}
			return total / (double) seconds;
		}
	}

}
