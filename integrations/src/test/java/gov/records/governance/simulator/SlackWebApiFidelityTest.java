package gov.records.governance.simulator;

import static gov.records.governance.connectors.Fixtures.days;
import static gov.records.governance.connectors.Fixtures.keep;
import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.platforms.PlatformKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The simulator's Slack answers what Slack's own SDKs send: form-encoded POSTs with the
 * token in the header (python-slack-sdk, java-slack-sdk), JSON bodies
 * ({@code application/json; charset=utf-8}), the token as a form argument (older
 * clients); Slack's envelope, HTTP 200 for errors and
 * {@code response_metadata.next_cursor} paging (issue 18).
 */
class SlackWebApiFidelityTest {

	private static final String FORM = "application/x-www-form-urlencoded";

	private static final String JSON = "application/json; charset=utf-8";

	private BackendSimulator simulator;

	private VendorClient sdk;

	@BeforeEach
	void start() {
		BackendSimulator.Builder builder = BackendSimulator.builder().slackOrg("E0AGENCY", "xoxp-fidelity", null);
		for (int i = 0; i < 12; i++) {
			builder.group(PlatformKind.SLACK, "C" + i, "c-" + i, (i == 0) ? days(10, false) : keep(),
					new AccountCounts(1, 0, 0));
		}
		this.simulator = builder.build().start();
		this.sdk = new VendorClient(this.simulator.baseUri(), Map.of("Authorization", "Bearer xoxp-fidelity"));
	}

	@AfterEach
	void stop() {
		this.simulator.stop();
	}

	@Test
	void searchPagesWithACursorUntilItIsEmpty() {
		List<String> ids = new ArrayList<>();
		String cursor = "";
		int pages = 0;
		do {
			JsonNode page = this.sdk
				.post("/api/admin.conversations.search", FORM,
						"limit=5" + (cursor.isEmpty() ? "" : "&cursor=" + cursor))
				.body();
			assertThat(page.get("ok").asBoolean()).isTrue();
			page.get("conversations").forEach((c) -> ids.add(c.get("id").asString()));
			cursor = page.get("response_metadata").get("next_cursor").asString();
			pages++;
		}
		while (!cursor.isEmpty());
		assertThat(pages).isEqualTo(3);
		assertThat(ids).hasSize(12).doesNotHaveDuplicates();
		assertThat(this.sdk.post("/api/admin.conversations.search", FORM, "limit=21").body().get("error").asString())
			.isEqualTo("invalid_limit");
		assertThat(
				this.sdk.post("/api/admin.conversations.search", FORM, "cursor=bogus").body().get("error").asString())
			.isEqualTo("invalid_cursor");
	}

	@Test
	void retentionReadSetAndRemovedInEitherEncoding() {
		JsonNode custom = this.sdk.post("/api/admin.conversations.getCustomRetention", FORM, "channel_id=C0").body();
		assertThat(custom.get("ok").asBoolean()).isTrue();
		assertThat(custom.get("is_policy_enabled").asBoolean()).isTrue();
		assertThat(custom.get("duration_days").asInt()).isEqualTo(10);

		assertThat(this.sdk
			.post("/api/admin.conversations.setCustomRetention", JSON, "{\"channel_id\":\"C1\",\"duration_days\":42}")
			.body()
			.get("ok")
			.asBoolean()).isTrue();
		assertThat(this.simulator.liveSettings(PlatformKind.SLACK, "C1")).contains(days(42, false));
		assertThat(this.sdk.post("/api/admin.conversations.removeCustomRetention", FORM, "channel_id=C1")
			.body()
			.get("ok")
			.asBoolean()).isTrue();
		assertThat(this.simulator.liveSettings(PlatformKind.SLACK, "C1")).contains(keep());

		for (String duration : List.of("0", "36501", "ten")) {
			JsonNode refused = this.sdk
				.post("/api/admin.conversations.setCustomRetention", FORM, "channel_id=C1&duration_days=" + duration)
				.body();
			assertThat(refused.get("error").asString()).as(duration).isEqualTo("invalid_duration");
		}
		assertThat(
				this.sdk.post("/api/admin.conversations.setCustomRetention", FORM, "channel_id=C1&duration_days=36500")
					.body()
					.get("ok")
					.asBoolean())
			.isTrue();
	}

	@Test
	void errorsAreHttp200WithTheEnvelope() {
		VendorClient.Answer missing = this.sdk.post("/api/admin.conversations.getCustomRetention", FORM,
				"channel_id=CNOPE");
		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.body().get("ok").asBoolean()).isFalse();
		assertThat(missing.body().get("error").asString()).isEqualTo("channel_not_found");

		VendorClient.Answer wrong = new VendorClient(this.simulator.baseUri(), Map.of("Authorization", "Bearer xoxp-x"))
			.post("/api/admin.conversations.search", FORM, "");
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body().get("error").asString()).isEqualTo("invalid_auth");

		VendorClient anonymous = new VendorClient(this.simulator.baseUri(), Map.of());
		assertThat(anonymous.post("/api/admin.conversations.search", FORM, "").body().get("error").asString())
			.isEqualTo("not_authed");
		assertThat(anonymous.post("/api/admin.conversations.search", FORM, "token=xoxp-fidelity&limit=1")
			.body()
			.get("ok")
			.asBoolean()).as("the token as a form argument").isTrue();

		this.simulator.slackScopes(java.util.Set.of("admin.conversations:read"));
		JsonNode scope = this.sdk.post("/api/admin.users.list", FORM, "").body();
		assertThat(scope.get("error").asString()).isEqualTo("missing_scope");
		assertThat(scope.get("needed").asString()).isEqualTo("admin.users:read");
		assertThat(scope.get("provided").asString()).isEqualTo("admin.conversations:read");
	}

	@Test
	void theTierRateLimitIsA429WithRetryAfterSeconds() {
		this.simulator.faults(PlatformKind.SLACK).inject(Fault.THROTTLE, 1);
		VendorClient.Answer limited = this.sdk.post("/api/admin.conversations.search", FORM, "");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.retryAfter()).isEqualTo("1");
		assertThat(limited.body().get("error").asString()).isEqualTo("ratelimited");
		assertThat(this.sdk.post("/api/admin.conversations.search", FORM, "").status()).isEqualTo(200);
	}

	@Test
	void usersPageWithTheirState() {
		JsonNode users = this.sdk.post("/api/admin.users.list", FORM, "limit=5").body();
		assertThat(users.get("users")).hasSize(5);
		assertThat(users.get("users").get(0).has("is_active")).isTrue();
		assertThat(users.get("response_metadata").get("next_cursor").asString()).isNotEmpty();
	}

}
