package gov.records.governance.connectors.wickr;

import static gov.records.governance.connectors.Fixtures.fastOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.connectors.ApplyResult;
import gov.records.governance.connectors.BackendConnector;
import gov.records.governance.connectors.ConnectionSettings;
import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorException.FieldReason;
import gov.records.governance.connectors.ConnectorException.Kind;
import gov.records.governance.connectors.Connectors;
import gov.records.governance.connectors.GroupStatus;
import gov.records.governance.connectors.PlatformStatus;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.simulator.BackendSimulator;
import gov.records.governance.simulator.Fault;
import gov.records.governance.simulator.FaultSwitches.Scope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Wickr connector over real HTTP against the simulator. */
class WickrConnectorTest {

	private static final DeletionSettings WEEK = new DeletionSettings(true, Duration.ofDays(7), Duration.ofHours(1), 20,
			true);

	private final Connectors connectors = new Connectors(fastOptions());

	private BackendSimulator simulator;

	private BackendConnector wickr;

	@BeforeEach
	void start() {
		BackendSimulator.Builder builder = BackendSimulator.builder().wickrNetwork("12345678", "Agency network", true);
		for (int i = 0; i < 250; i++) {
			builder.group(PlatformKind.WICKR, "sg-" + i, "Group " + i, WEEK, new AccountCounts(3, 1, (i % 2)));
		}
		this.simulator = builder.build().start();
		this.wickr = this.connectors.open(this.simulator.connectionSettings(PlatformKind.WICKR));
	}

	@AfterEach
	void stop() {
		this.simulator.stop();
		this.connectors.close();
	}

	@Test
	void fetchesEveryGroupAcrossPagesWithSettingsAccountsAndCapture() {
		PlatformStatus status = this.wickr.fetchStatus();

		assertThat(status.kind()).isEqualTo(PlatformKind.WICKR);
		assertThat(status.externalId()).isEqualTo("12345678");
		assertThat(status.name()).isEqualTo("Agency network");
		assertThat(status.facts()).containsEntry("accessLevel", "PREMIUM");
		assertThat(status.groups()).hasSize(250);
		assertThat(status.groups()).extracting(GroupStatus::externalId).doesNotHaveDuplicates();
		GroupStatus first = status.groups().get(0);
		assertThat(first.settings()).isEqualTo(WEEK);
		assertThat(first.accounts()).isEqualTo(new AccountCounts(3, 1, 0));
		assertThat(status.groups().get(1).accounts()).isEqualTo(new AccountCounts(3, 1, 1));
		assertThat(first.modified()).isNotNull();
		assertThat(status.accounts()).isEqualTo(new AccountCounts(750, 250, 125));
		assertThat(status.capture().enabled()).isTrue();
		assertThat(status.capture().flags()).containsKeys("dataRetention", "isBotActive", "isPubkeyMsgAcked");
		assertThat(this.simulator.counters().snapshot().requests()).as("3 group pages, 12 user pages, 3 others")
			.isEqualTo(18);
	}

	@Test
	void appliesSettingsOnceWhateverTheRetries() {
		DeletionSettings day = new DeletionSettings(true, Duration.ofDays(1), Duration.ofMinutes(5), 100, true);

		ApplyResult first = this.wickr.apply("sg-7", day, "outbox-41");
		ApplyResult again = this.wickr.apply("sg-7", day, "outbox-41");

		assertThat(first.changed()).isTrue();
		assertThat(first.settings()).isEqualTo(day);
		assertThat(again.changed()).isFalse();
		assertThat(again.settings()).isEqualTo(day);
		assertThat(this.simulator.counters().applied(PlatformKind.WICKR, "sg-7")).isEqualTo(1);
		assertThat(this.simulator.liveSettings(PlatformKind.WICKR, "sg-7")).contains(day);
	}

	@Test
	void aLostResponseIsRetriedWithTheSameClientTokenAndAppliedOnce() {
		this.simulator.faults().inject(Fault.LOSE_RESPONSE, 1, Scope.WRITES);
		DeletionSettings day = new DeletionSettings(true, Duration.ofDays(1), null, 0, true);

		ApplyResult result = this.wickr.apply("sg-8", day, "outbox-42");

		assertThat(result.settings()).isEqualTo(day);
		assertThat(this.simulator.counters().applied(PlatformKind.WICKR, "sg-8")).isEqualTo(1);
		assertThat(this.simulator.counters().replays()).as("read before the retry: nothing sent again").isZero();
	}

	@Test
	void aLostResponseIsAppliedOnceEvenWhereTheServiceIgnoresTheClientToken() {
		this.simulator.wickrIgnoresClientTokens(true);
		this.simulator.faults().inject(Fault.LOSE_RESPONSE, 1, Scope.WRITES);
		DeletionSettings day = new DeletionSettings(true, Duration.ofDays(1), null, 0, true);

		ApplyResult result = this.wickr.apply("sg-9", day, "outbox-44");

		assertThat(result.settings()).isEqualTo(day);
		assertThat(this.simulator.counters().applied(PlatformKind.WICKR, "sg-9")).isEqualTo(1);
	}

	@Test
	void aWriteThatDidNotLandIsSentAgain() {
		this.simulator.wickrIgnoresClientTokens(true);
		this.simulator.faults().inject(Fault.DROP_CONNECTION, 1, Scope.WRITES);
		DeletionSettings day = new DeletionSettings(true, Duration.ofDays(2), null, 0, true);

		ApplyResult result = this.wickr.apply("sg-10", day, "outbox-45");

		assertThat(result.settings()).isEqualTo(day);
		assertThat(this.simulator.counters().applied(PlatformKind.WICKR, "sg-10")).isEqualTo(1);
		assertThat(this.simulator.liveSettings(PlatformKind.WICKR, "sg-10")).contains(day);
	}

	@Test
	void captureIsNetworkWideAndReportedHonestly() {
		ApplyResult off = this.wickr.apply("sg-1",
				new DeletionSettings(true, Duration.ofDays(7), Duration.ofHours(1), 20, false), "outbox-43");

		assertThat(off.settings().captureEnabled()).isFalse();
		assertThat(off.notes()).anySatisfy((note) -> assertThat(note).contains("network-wide"));
		assertThat(this.wickr.fetchStatus().groups()).allMatch((group) -> !group.settings().captureEnabled());
		assertThat(this.simulator.counters().applied(PlatformKind.WICKR, "network")).isEqualTo(2);
		assertThat(this.simulator.counters().applied(PlatformKind.WICKR, "sg-1")).isZero();
	}

	@Test
	void captureRequestedWhileTheBotIsDownStaysOffWithANote() {
		this.simulator.stop();
		this.simulator = BackendSimulator.builder()
			.wickrCapture(false, true, false, true, false, true)
			.group(PlatformKind.WICKR, "sg-1", "One", WEEK, AccountCounts.NONE)
			.build()
			.start();
		this.wickr = this.connectors.open(this.simulator.connectionSettings(PlatformKind.WICKR));

		ApplyResult result = this.wickr.apply("sg-1", WEEK, "outbox-44");

		assertThat(result.settings().captureEnabled()).isFalse();
		assertThat(result.notes()).anySatisfy((note) -> assertThat(note).contains("isBotActive"));
	}

	@Test
	void seesAChangeMadeDirectlyInTheBackend() {
		DeletionSettings loosened = new DeletionSettings(true, Duration.ofDays(365), null, 0, true);
		this.simulator.changeDirectly(PlatformKind.WICKR, "sg-3", loosened);

		assertThat(this.wickr.fetchStatus().groups().get(3).settings()).isEqualTo(loosened);
		assertThat(this.simulator.counters().writesApplied()).isZero();
	}

	@Test
	void fieldReasonsOfA422AreSurfaced() {
		DeletionSettings tooLong = new DeletionSettings(true, Duration.ofDays(400), Duration.ofDays(500), 30, true);

		assertThatThrownBy(() -> this.wickr.apply("sg-1", tooLong, "outbox-45"))
			.isInstanceOfSatisfying(ConnectorException.class, (ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.VALIDATION);
				assertThat(ex.status()).isEqualTo(422);
				assertThat(ex.reasons()).extracting(FieldReason::field)
					.containsExactly("securityGroupSettings.maxTtl", "securityGroupSettings.maxBor",
							"securityGroupSettings.shredder.intensity");
				assertThat(ex.getMessage()).contains("UpdateSecurityGroup", "ValidationError");
			});
	}

	@Test
	void keepingForeverIsRefusedBeforeSending() {
		long before = this.simulator.counters().snapshot().requests();
		assertThatThrownBy(() -> this.wickr.apply("sg-1", new DeletionSettings(false, null, null, 0, true), "t"))
			.isInstanceOfSatisfying(ConnectorException.class, (ex) -> assertThat(ex.kind()).isEqualTo(Kind.VALIDATION));
		assertThat(this.simulator.counters().snapshot().requests()).isEqualTo(before);
	}

	@Test
	void throttlingIsRetriedThenReported() {
		this.simulator.faults().inject(Fault.THROTTLE, 2);
		assertThat(this.wickr.fetchStatus().groups()).hasSize(250);

		this.simulator.faults().rate(Fault.THROTTLE, 1);
		assertThat(failure(this.wickr::fetchStatus).kind()).isEqualTo(Kind.THROTTLED);
	}

	@Test
	void serverErrorsAreRetriedThenReportedUnavailable() {
		this.simulator.faults().inject(Fault.SERVER_ERROR, 1);
		assertThat(this.wickr.fetchStatus().groups()).hasSize(250);

		this.simulator.faults().rate(Fault.SERVER_ERROR, 1);
		ConnectorException ex = failure(this.wickr::fetchStatus);
		assertThat(ex.kind()).isEqualTo(Kind.UNAVAILABLE);
		assertThat(ex.getMessage()).contains("InternalServerError");
	}

	@Test
	void droppedConnectionsAreRetriedThenReportedUnavailable() {
		this.simulator.faults().inject(Fault.DROP_CONNECTION, 1);
		assertThat(this.wickr.fetchStatus().groups()).hasSize(250);

		this.simulator.faults().rate(Fault.DROP_CONNECTION, 1);
		assertThat(failure(this.wickr::fetchStatus).kind()).isEqualTo(Kind.UNAVAILABLE);
	}

	@Test
	void latencyBeyondTheTimeoutIsATimeout() {
		try (Connectors impatient = new Connectors(fastOptions().withRequestTimeout(Duration.ofMillis(100))
			.withRetries(2, Duration.ofMillis(1), Duration.ofMillis(1)))) {
			this.simulator.faults().latency(Duration.ofSeconds(2));
			BackendConnector connector = impatient.open(this.simulator.connectionSettings(PlatformKind.WICKR));
			assertThat(failure(connector::fetchStatus).kind()).isEqualTo(Kind.TIMEOUT);
		}
	}

	@Test
	void malformedOversizedAndNonJsonAnswersAreMalformed() {
		this.simulator.faults().inject(Fault.MALFORMED_JSON, 1);
		assertThat(failure(this.wickr::fetchStatus).kind()).isEqualTo(Kind.MALFORMED_RESPONSE);

		this.simulator.faults().inject(Fault.HTML_PAGE, 1);
		ConnectorException html = failure(this.wickr::fetchStatus);
		assertThat(html.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
		assertThat(html.getMessage()).contains("expected JSON", "text/html");

		try (Connectors small = new Connectors(fastOptions().withMaxResponseBytes(64 * 1024))) {
			BackendConnector connector = small.open(this.simulator.connectionSettings(PlatformKind.WICKR));
			this.simulator.faults().inject(Fault.OVERSIZED_BODY, 1);
			ConnectorException big = failure(connector::fetchStatus);
			assertThat(big.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
			assertThat(big.getMessage()).contains("larger than");
			// the refused body's connection was dropped, not left half-read in the pool
			assertThat(connector.fetchStatus().groups()).isNotEmpty();
		}
	}

	@Test
	void wrongCredentialsAreUnauthorizedAndNeverPrinted() {
		ConnectionSettings real = this.simulator.connectionSettings(PlatformKind.WICKR);
		ConnectionSettings wrong = ConnectionSettings.wickr(real.baseUrl(), "12345678", "us-east-1", "AKIDSIMULATOR",
				"not-the-secret");

		ConnectorException ex = failure(this.connectors.open(wrong)::fetchStatus);

		assertThat(ex.kind()).isEqualTo(Kind.UNAUTHORIZED);
		assertThat(ex.status()).isEqualTo(403);
		assertThat(ex.getMessage()).contains("InvalidSignatureException").doesNotContain("not-the-secret");
		assertThat(wrong.toString()).doesNotContain("not-the-secret").doesNotContain("AKIDSIMULATOR");
	}

	@Test
	void anUnknownNetworkOrGroupIsNotFound() {
		ConnectionSettings real = this.simulator.connectionSettings(PlatformKind.WICKR);
		ConnectionSettings other = ConnectionSettings.wickr(real.baseUrl(), "87654321", "us-east-1", "AKIDSIMULATOR",
				"simulator-secret-access-key");

		ConnectorException ex = failure(this.connectors.open(other)::fetchStatus);
		assertThat(ex.kind()).isEqualTo(Kind.NOT_FOUND);
		assertThat(ex.getMessage()).contains("ResourceNotFoundError", "87654321");

		assertThat(failure(() -> this.wickr.apply("sg-none", WEEK, "t")).kind()).isEqualTo(Kind.NOT_FOUND);
	}

	@Test
	void streamsGroupsWithoutHoldingThemAll() {
		List<String> seen = new ArrayList<>();
		int count = ((WickrConnector) this.wickr).streamSecurityGroups((group) -> seen.add(group.externalId()));
		assertThat(count).isEqualTo(250);
		assertThat(seen).hasSize(250).startsWith("sg-0");
	}

	private static ConnectorException failure(Runnable call) {
		try {
			call.run();
		}
		catch (ConnectorException ex) {
			return ex;
		}
		throw new AssertionError("expected a ConnectorException");
	}

}
