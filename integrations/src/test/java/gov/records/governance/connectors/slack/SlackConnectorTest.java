package gov.records.governance.connectors.slack;

import static gov.records.governance.connectors.Fixtures.days;
import static gov.records.governance.connectors.Fixtures.fastOptions;
import static gov.records.governance.connectors.Fixtures.keep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.connectors.AccountCounts;
import gov.records.governance.connectors.ApplyResult;
import gov.records.governance.connectors.BackendConnector;
import gov.records.governance.connectors.ConnectionSettings;
import gov.records.governance.connectors.ConnectorException;
import gov.records.governance.connectors.ConnectorException.Kind;
import gov.records.governance.connectors.Connectors;
import gov.records.governance.connectors.GroupStatus;
import gov.records.governance.connectors.PlatformStatus;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.simulator.BackendSimulator;
import gov.records.governance.simulator.Fault;
import gov.records.governance.simulator.FaultSwitches.Scope;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Slack connector over real HTTP against the simulator's Slack org (issue 18). */
class SlackConnectorTest {

	private static final String TOKEN = "xoxp-1111-2222-3333-secretpart";

	private final Connectors connectors = new Connectors(fastOptions());

	private BackendSimulator simulator;

	private BackendConnector slack;

	@BeforeEach
	void start() {
		BackendSimulator.Builder builder = BackendSimulator.builder().slackOrg("E0AGENCY", TOKEN, 365);
		for (int i = 0; i < 45; i++) {
			builder.group(PlatformKind.SLACK, String.format("C%05d", i), "channel-" + i,
					(i % 3 == 0) ? days(30, false) : keep(), new AccountCounts(2, 0, (i == 0) ? 1 : 0));
		}
		builder.group(PlatformKind.SLACK, "C0GENERAL", "general", keep(), new AccountCounts(5, 0, 0));
		builder.group(PlatformKind.SLACK, "G0MPIM", "mpdm-ann--bob--carl-1", keep(), AccountCounts.NONE);
		this.simulator = builder.build().start();
		this.slack = this.connectors.open(this.simulator.connectionSettings(PlatformKind.SLACK));
	}

	@AfterEach
	void stop() {
		this.simulator.stop();
		this.connectors.close();
	}

	@Test
	void pagesThroughTheGridsConversationsWithTheirRetentionAndTheOrgDefault() {
		PlatformStatus status = this.slack.fetchStatus();

		Map<String, GroupStatus> groups = status.groups()
			.stream()
			.collect(Collectors.toMap(GroupStatus::externalId, Function.identity()));
		assertThat(groups).hasSize(47);
		assertThat(groups.get("C00000").settings()).as("a custom retention").isEqualTo(days(30, false));
		assertThat(groups.get("C00001").settings()).as("no custom retention: the org default")
			.isEqualTo(days(365, false));
		assertThat(groups.get("C00000").name()).isEqualTo("channel-0");
		assertThat(groups.get("C00000").accounts()).isEqualTo(new AccountCounts(3, 0, 0));
		assertThat(status.kind()).isEqualTo(PlatformKind.SLACK);
		assertThat(status.facts()).containsEntry("conversations", "47");
		assertThat(status.facts().get("orgDefault")).contains("365 days").contains("does not expose");
		assertThat(status.accounts()).isEqualTo(new AccountCounts(95, 0, 1));
		assertThat(status.capture().supported()).isFalse();
		// 47 conversations at 20 a page: 3 searches, 47 retention reads, 1 users page
		assertThat(this.simulator.counters().snapshot().requests()).isEqualTo(3 + 47 + 1);
	}

	@Test
	void setsAndRemovesACustomRetentionAndSkipsWhatIsAlreadyLive() {
		ApplyResult set = this.slack.apply("C00001", days(90, false), "outbox-1");
		assertThat(set.changed()).isTrue();
		assertThat(this.simulator.liveSettings(PlatformKind.SLACK, "C00001")).contains(days(90, false));

		ApplyResult again = this.slack.apply("C00001", days(90, false), "outbox-1");
		assertThat(again.changed()).isFalse();
		assertThat(this.simulator.counters().applied(PlatformKind.SLACK, "C00001")).isEqualTo(1);

		ApplyResult asDefault = this.slack.apply("C00002", days(365, false), "outbox-2");
		assertThat(asDefault.changed()).as("already what the org default gives").isFalse();
	}

	@Test
	void keepingForeverIsRefusedWhereTheOrgDefaultDeletes() {
		assertThatThrownBy(() -> this.slack.apply("C00000", keep(), "outbox-3")).isInstanceOf(ConnectorException.class)
			.satisfies((ex) -> assertThat(((ConnectorException) ex).kind()).isEqualTo(Kind.VALIDATION))
			.hasMessageContaining("365 days");
		assertThat(this.simulator.counters().applied(PlatformKind.SLACK, "C00000")).isZero();
	}

	@Test
	void keepingForeverRemovesTheCustomRetentionWhereTheOrgDefaultKeeps() {
		BackendConnector keeping = this.connectors
			.open(ConnectionSettings.slack(this.simulator.baseUri(), "E0AGENCY", TOKEN, -1));
		ApplyResult result = keeping.apply("C00003", keep(), "outbox-4");
		assertThat(result.changed()).isTrue();
		assertThat(result.settings()).isEqualTo(keep());
		assertThat(result.notes()).anySatisfy((note) -> assertThat(note).contains("org default"));
	}

	@Test
	void aThrottledCallWaitsForRetryAfterAndSucceeds() {
		BackendConnector patient = new Connectors(
				fastOptions().withRetries(3, Duration.ofMillis(1), Duration.ofSeconds(5)))
			.open(this.simulator.connectionSettings(PlatformKind.SLACK));
		this.simulator.faults(PlatformKind.SLACK).inject(Fault.THROTTLE, 1);
		long start = System.nanoTime();

		PlatformStatus status = patient.fetchStatus();

		assertThat(Duration.ofNanos(System.nanoTime() - start)).as("Retry-After: 1")
			.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(status.groups()).hasSize(47);
	}

	@Test
	void aThrottleThatOutlastsTheRetriesIsThrottled() {
		this.simulator.faults(PlatformKind.SLACK).rate(Fault.THROTTLE, 1.0);
		assertThatThrownBy(() -> this.slack.fetchStatus()).isInstanceOf(ConnectorException.class)
			.satisfies((ex) -> assertThat(((ConnectorException) ex).kind()).isEqualTo(Kind.THROTTLED));
	}

	@Test
	void aRevokedTokenIsInvalidAuthAndTheTokenIsNeverInTheMessage() {
		BackendConnector revoked = this.connectors
			.open(ConnectionSettings.slack(this.simulator.baseUri(), "E0AGENCY", "xoxp-revoked-secretpart", 365));
		assertThatThrownBy(revoked::fetchStatus).isInstanceOf(ConnectorException.class)
			.satisfies((ex) -> assertThat(((ConnectorException) ex).kind()).isEqualTo(Kind.UNAUTHORIZED))
			.hasMessageContaining("invalid_auth")
			.hasMessageNotContaining("secretpart");
		assertThat(ConnectionSettings.slack(this.simulator.baseUri(), "E0AGENCY", TOKEN, 1).toString())
			.doesNotContain("secretpart");
	}

	@Test
	void aMissingScopeNamesTheScopeNeeded() {
		this.simulator.slackScopes(Set.of("admin.conversations:read", "admin.users:read"));
		assertThat(this.slack.fetchStatus().groups()).hasSize(47);

		assertThatThrownBy(() -> this.slack.apply("C00001", days(7, false), "outbox-5"))
			.isInstanceOf(ConnectorException.class)
			.satisfies((ex) -> assertThat(((ConnectorException) ex).kind()).isEqualTo(Kind.UNAUTHORIZED))
			.hasMessageContaining("missing_scope")
			.hasMessageContaining("needed: admin.conversations:write");
		assertThat(this.simulator.liveSettings(PlatformKind.SLACK, "C00001")).contains(days(365, false));
	}

	@Test
	void aRefusedOverrideIsRejectedAndChangesNothing() {
		this.simulator.slackOverridesAllowed(false);
		assertThatThrownBy(() -> this.slack.apply("C00001", days(7, false), "outbox-6"))
			.isInstanceOf(ConnectorException.class)
			.satisfies((ex) -> assertThat(((ConnectorException) ex).kind()).isEqualTo(Kind.REJECTED))
			.hasMessageContaining("retention_override_not_allowed")
			.hasMessageContaining("does not allow a conversation to override");
		assertThat(this.simulator.liveSettings(PlatformKind.SLACK, "C00001")).contains(days(365, false));
	}

	@Test
	void conversationsThatTakeNoCustomRetentionSaySo() {
		assertThatThrownBy(() -> this.slack.apply("C0GENERAL", days(7, false), "outbox-7"))
			.hasMessageContaining("default_org_wide_channel");
		assertThatThrownBy(() -> this.slack.apply("G0MPIM", days(7, false), "outbox-8"))
			.hasMessageContaining("channel_type_not_supported");
	}

	@Test
	void aConversationThatVanishedBetweenListAndUpdateIsNotFound() {
		assertThat(this.slack.fetchStatus().groups()).extracting(GroupStatus::externalId).contains("C00004");
		this.simulator.slackDeleteConversation("C00004");

		assertThatThrownBy(() -> this.slack.apply("C00004", days(7, false), "outbox-9"))
			.isInstanceOf(ConnectorException.class)
			.satisfies((ex) -> assertThat(((ConnectorException) ex).kind()).isEqualTo(Kind.NOT_FOUND))
			.hasMessageContaining("channel_not_found");
		assertThat(this.slack.fetchStatus().groups()).hasSize(46);
	}

	@Test
	void aLifetimeSlackCannotHoldIsRefusedBeforeAnythingIsSent() {
		long before = this.simulator.counters().snapshot().requests();
		assertThatThrownBy(() -> this.slack.apply("C00001",
				new gov.records.governance.groups.DeletionSettings(true, Duration.ofHours(36), null, 0, false),
				"outbox-10"))
			.satisfies((ex) -> assertThat(((ConnectorException) ex).kind()).isEqualTo(Kind.VALIDATION));
		assertThat(this.simulator.counters().snapshot().requests()).isEqualTo(before);
	}

	@Test
	void aLostAnswerToASetIsRetriedAndLeavesOneValue() {
		this.simulator.faults(PlatformKind.SLACK).inject(Fault.LOSE_RESPONSE, 1, Scope.WRITES);
		ApplyResult result = this.slack.apply("C00005", days(14, false), "outbox-11");
		assertThat(result.settings()).isEqualTo(days(14, false));
		assertThat(this.simulator.liveSettings(PlatformKind.SLACK, "C00005")).contains(days(14, false));
	}

}
