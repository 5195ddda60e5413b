package gov.records.governance.demo;

import gov.records.governance.security.DemoUsersProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Plays the capture bots of the demo (the Wickr data-retention bot, Mattermost's
 * compliance export): every few minutes it reports received, saved and failed counts to
 * the console's own capture endpoint, over HTTP with the {@code capture-bot} login,
 * exactly as an external bot would. The Matrix homeserver has no capture, so it never
 * reports. Runs only with the simulator.
 */
@Component
class DemoCaptureBot {

	private static final Logger log = LoggerFactory.getLogger(DemoCaptureBot.class);

	static final String USER = "capture-bot";

	private final SimulatorProperties simulator;

	private final DemoUsersProperties users;

	private final JdbcTemplate jdbc;

	private final Environment environment;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	DemoCaptureBot(SimulatorProperties simulator, DemoUsersProperties users, JdbcTemplate jdbc,
			Environment environment) {
		this.simulator = simulator;
		this.users = users;
		this.jdbc = jdbc;
		this.environment = environment;
	}

	@Scheduled(fixedDelayString = "${governance.simulator.capture-bot-every:5m}", initialDelayString = "20s")
	void report() {
		String port = this.environment.getProperty("local.server.port");
		if (!this.simulator.enabled() || !this.simulator.captureBot() || port == null
				|| this.users.users().stream().noneMatch((u) -> u.username().equals(USER))) {
			return;
		}
		List<Long> platforms = this.jdbc.queryForList(
				"select id from platform where sanctioned = true and kind in ('WICKR', 'MATTERMOST') order by id",
				Long.class);
		long minute = Instant.now().getEpochSecond() / 60;
		for (long platform : platforms) {
			long received = 200 + (minute * 7 + platform * 13) % 300;
			String body = "{\"platformId\":" + platform + ",\"received\":" + received + ",\"saved\":" + received
					+ ",\"failed\":0}";
			send(port, body);
		}
	}

	private void send(String port, String body) {
		String credentials = Base64.getEncoder()
			.encodeToString((USER + ":" + this.users.password()).getBytes(StandardCharsets.UTF_8));
		try {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/capture/reports"))
					.header("Authorization", "Basic " + credentials)
					.header("Content-Type", "application/json")
					.timeout(Duration.ofSeconds(10))
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				log.warn("The demo capture bot's report was refused ({}): {}", response.statusCode(), response.body());
			}
		}
		catch (java.io.IOException ex) {
			log.warn("The demo capture bot could not reach the console: {}", ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
