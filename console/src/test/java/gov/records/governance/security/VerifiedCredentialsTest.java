package gov.records.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The API does not hash a password per request: many requests with the same HTTP Basic
 * credentials check the password once, while every wrong password is still checked (and
 * counted by the throttle). The real encoder is wrapped to count its checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "governance.login.address-failures=100000")
@Import(VerifiedCredentialsTest.CountingEncoder.class)
class VerifiedCredentialsTest {

	@LocalServerPort
	int port;

	@Autowired
	CountingEncoder counting;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void repeatedRightCredentialsAreHashedOnceAndWrongOnesEveryTimeUntilTheLock() throws Exception {
		int before = this.counting.checks.get();
		for (int i = 0; i < 30; i++) {
			assertThat(status("admin", "demo")).isEqualTo(200);
		}
		assertThat(this.counting.checks.get() - before).isEqualTo(1);

		before = this.counting.checks.get();
		for (int i = 0; i < 4; i++) {
			assertThat(status("inspector", "wrong-" + i)).isEqualTo(401);
		}
		assertThat(this.counting.checks.get() - before).isEqualTo(4);
		assertThat(status("inspector", "demo")).isEqualTo(200);
		assertThat(status("inspector", "demo")).isEqualTo(200);
		assertThat(this.counting.checks.get() - before).isEqualTo(5);
		assertThat(status("admin", "demo-but-wrong")).isEqualTo(401);
	}

	/**
	 * An entry expiring under load sent every client of that user to BCrypt at once; now
	 * the requests that arrive while the credential is being checked wait for that check.
	 * The check is slowed so that the requests overlap.
	 */
	@Test
	void concurrentRequestsWithTheSameNewCredentialShareOneCheck() throws Exception {
		this.counting.delayMillis = 400;
		try {
			int before = this.counting.checks.get();
			java.util.List<java.util.concurrent.CompletableFuture<Integer>> answers = new java.util.ArrayList<>();
			try (var pool = java.util.concurrent.Executors.newFixedThreadPool(12)) {
				for (int i = 0; i < 12; i++) {
					answers.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
						try {
							return status("records", "demo");
						}
						catch (Exception ex) {
							throw new IllegalStateException(ex);
						}
					}, pool));
				}
				for (var answer : answers) {
					assertThat(answer.get()).isEqualTo(200);
				}
			}
			assertThat(this.counting.checks.get() - before).isEqualTo(1);
		}
		finally {
			this.counting.delayMillis = 0;
		}
	}

	private int status(String user, String password) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/groups?size=1"))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	/** Wraps the console's password encoder to count password checks. */
	@TestConfiguration
	static class CountingEncoder {

		final AtomicInteger checks = new AtomicInteger();

		volatile long delayMillis;

		@Bean
		static BeanPostProcessor countPasswordChecks(
				org.springframework.beans.factory.ObjectProvider<CountingEncoder> self) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof PasswordEncoder encoder)) {
						return bean;
					}
					return new PasswordEncoder() {
						@Override
						public @Nullable String encode(@Nullable CharSequence raw) {
							return encoder.encode(raw);
						}

						@Override
						public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
							CountingEncoder counting = self.getObject();
							counting.checks.incrementAndGet();
							if (counting.delayMillis > 0) {
								try {
									Thread.sleep(counting.delayMillis);
								}
								catch (InterruptedException ex) {
									Thread.currentThread().interrupt();
								}
							}
							return encoder.matches(raw, encoded);
						}
					};
				}
			};
		}

	}

}
