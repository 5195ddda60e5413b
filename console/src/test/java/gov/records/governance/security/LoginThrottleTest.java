package gov.records.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.audit.AuditService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in throttling over real HTTP: a name locked after a few wrong passwords refuses
 * the right one too, the lock is in the audit log where a records officer reads it,
 * back-off doubles per address and per name, a flood of failures from many clients leaves
 * a bounded number of audit events, and user names are stored escaped. The address limit
 * is set out of reach here (every test client is 127.0.0.1); the back-off test checks it
 * on the throttle itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "governance.login.address-failures=100000", "governance.login.first-lock=5m",
				"governance.login.audited-failures-per-minute=5" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginThrottleTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditService audit;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	@Order(1)
	void aTypedUserNameIsStoredWithItsControlCharactersEscaped() throws Exception {
		String typed = "evil\u001b[31m\r\nlogin.succeeded admin\u202e";
		assertThat(get("/api/groups", typed, "x").statusCode()).isEqualTo(401);
		List<String> stored = this.jdbc.queryForList(
				"select actor from audit_event where action = 'login.failed' and actor like 'evil%'", String.class);
		assertThat(stored).containsExactly("evil\\u001b[31m\\u000d\\u000alogin.succeeded admin\\u202e");
		assertThat(stored.get(0)).doesNotContainPattern("\\p{Cntrl}");
	}

	@Test
	@Order(2)
	void afterManyWrongPasswordsTheNameIsLockedTheRightPasswordIsRefusedAndRecordsOfficersSeeTheLock()
			throws Exception {
		for (int i = 0; i < 250; i++) {
			assertThat(get("/api/groups", "cio", "guess-" + i).statusCode()).isEqualTo(401);
		}
		assertThat(get("/api/groups", "cio", "demo").statusCode()).isEqualTo(401);
		assertThat(get("/api/groups", "inspector", "demo").statusCode()).isEqualTo(200);
		HttpResponse<String> seen = get("/api/audit?action=login.locked", "records", "demo");
		assertThat(seen.statusCode()).isEqualTo(200);
		assertThat(seen.body()).contains("\"targetId\":\"cio\"").contains("5 failed sign-ins in a row");
	}

	@Test
	@Order(3)
	void locksDoubleAfterEachFurtherFailureAndAnAddressIsLockedForEveryName() {
		AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T10:00:00Z"));
		Clock clock = new Clock() {
			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now.get();
			}
		};
		LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(3, 4, Duration.ofSeconds(10),
				Duration.ofSeconds(40), Duration.ofHours(1), 20, Duration.ofSeconds(60)), this.audit, clock);
		String user = "backoff-" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.locked(user, null)).isEmpty();
			throttle.failed(user, null);
		}
		assertThat(throttle.locked(user, null)).contains(Duration.ofSeconds(10));
		now.set(now.get().plusSeconds(11));
		assertThat(throttle.locked(user, null)).isEmpty();
		throttle.failed(user, null);
		assertThat(throttle.locked(user, null)).contains(Duration.ofSeconds(20));
		now.set(now.get().plusSeconds(21));
		throttle.failed(user, null);
		assertThat(throttle.locked(user, null)).contains(Duration.ofSeconds(40));
		now.set(now.get().plusSeconds(41));
		throttle.failed(user, null);
		assertThat(throttle.locked(user, null)).contains(Duration.ofSeconds(40));
		throttle.succeeded(user);
		assertThat(throttle.locked(user, null)).isEmpty();

		for (int i = 0; i < 4; i++) {
			throttle.failed("sprayed-" + i + "-" + UUID.randomUUID(), "203.0.113.7");
		}
		assertThat(throttle.locked("anyone-else", "203.0.113.7")).contains(Duration.ofSeconds(10));
		assertThat(throttle.locked("anyone-else", "203.0.113.8")).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'login.locked' and target_id = '203.0.113.7'",
				Long.class))
			.isEqualTo(1);
	}

	@Test
	@Order(4)
	void twentyClientsWithMadeUpNamesCannotFloodTheAuditLog() throws Exception {
		long before = failedEvents();
		java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
		try (ExecutorService clients = Executors.newFixedThreadPool(20)) {
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < 20; c++) {
				running.add(clients.submit(() -> {
					while (sent.incrementAndGet() <= 60) {
						assertThat(get("/api/groups", "nobody-" + UUID.randomUUID(), "x").statusCode()).isEqualTo(401);
					}
					return null;
				}));
			}
			for (Future<?> f : running) {
				f.get();
			}
		}
		int attempts = 60;
		long written = failedEvents() - before;
		assertThat(written).as("failed-login events for %d attempts", attempts).isLessThanOrEqualTo(8);
	}

	private long failedEvents() {
		return this.jdbc.queryForObject("select count(*) from audit_event where action like 'login.failed%'",
				Long.class);
	}

	private HttpResponse<String> get(String path, String user, String password) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
