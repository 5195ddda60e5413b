package gov.records.governance.connectors.mattermost;

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
import gov.records.governance.connectors.ConnectorException.FieldReason;
import gov.records.governance.connectors.ConnectorException.Kind;
import gov.records.governance.connectors.Connectors;
import gov.records.governance.connectors.GroupStatus;
import gov.records.governance.connectors.PlatformStatus;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.simulator.BackendSimulator;
import gov.records.governance.simulator.Fault;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Mattermost connector over real HTTP against the simulator. */
class MattermostConnectorTest {

	private final Connectors connectors = new Connectors(fastOptions().withPageSize(2));

	private BackendSimulator simulator;

	private BackendConnector mattermost;

	@BeforeEach
	void start() {
		this.simulator = BackendSimulator.builder()
			.group(PlatformKind.MATTERMOST, "team:ops", "Operations", days(30, false), new AccountCounts(4, 0, 1))
			.group(PlatformKind.MATTERMOST, "team:legal", "Legal", keep(), new AccountCounts(2, 0, 0))
			.group(PlatformKind.MATTERMOST, "team:hr", "HR", keep(), new AccountCounts(1, 0, 0))
			.group(PlatformKind.MATTERMOST, "team:it", "IT", keep(), new AccountCounts(1, 0, 0))
			.group(PlatformKind.MATTERMOST, "team:press", "Press", keep(), AccountCounts.NONE)
			.group(PlatformKind.MATTERMOST, "channel:alerts", "Alerts", days(7, false), AccountCounts.NONE)
			.mattermostSharedPolicy("Short-lived", 3, "team:hr", "team:it")
			.build()
			.start();
		this.mattermost = this.connectors.open(this.simulator.connectionSettings(PlatformKind.MATTERMOST));
	}

	@AfterEach
	void stop() {
		this.simulator.stop();
		this.connectors.close();
	}

	@Test
	void fetchesTeamsAndPolicyChannelsAcrossPages() {
		PlatformStatus status = this.mattermost.fetchStatus();
		Map<String, GroupStatus> groups = status.groups()
			.stream()
			.collect(Collectors.toMap(GroupStatus::externalId, Function.identity()));

		assertThat(groups).containsOnlyKeys("team:ops", "team:legal", "team:hr", "team:it", "team:press",
				"channel:alerts");
		assertThat(groups.get("team:ops").settings()).isEqualTo(days(30, false));
		assertThat(groups.get("team:ops").name()).isEqualTo("Operations");
		assertThat(groups.get("team:legal").settings()).isEqualTo(keep());
		assertThat(groups.get("team:hr").settings()).isEqualTo(days(3, false));
		assertThat(groups.get("channel:alerts").settings()).isEqualTo(days(7, false));
		assertThat(status.accounts()).isEqualTo(new AccountCounts(8, 0, 1));
		assertThat(status.capture().supported()).isFalse();
		assertThat(status.facts()).containsEntry("globalPolicy", "Off").containsEntry("customPolicies", "3");
	}

	@Test
	void applyPatchesCreatesOrSplitsAndIsIdempotent() {
		ApplyResult patched = this.mattermost.apply("team:ops", days(90, false), "t1");
		ApplyResult created = this.mattermost.apply("team:legal", days(365, false), "t2");
		ApplyResult split = this.mattermost.apply("team:hr", days(14, false), "t3");
		ApplyResult repeated = this.mattermost.apply("team:hr", days(14, false), "t3");

		assertThat(patched.settings()).isEqualTo(days(90, false));
		assertThat(created.changed()).isTrue();
		assertThat(split.notes()).anySatisfy((note) -> assertThat(note).contains("Short-lived"));
		assertThat(repeated.changed()).isFalse();
		assertThat(this.simulator.liveSettings(PlatformKind.MATTERMOST, "team:hr")).contains(days(14, false));
		assertThat(this.simulator.liveSettings(PlatformKind.MATTERMOST, "team:it")).contains(days(3, false));
		assertThat(this.simulator.liveSettings(PlatformKind.MATTERMOST, "team:legal")).contains(days(365, false));
		assertThat(this.simulator.counters().applied(PlatformKind.MATTERMOST, "team:hr")).as("removed, then created")
			.isEqualTo(2);
	}

	@Test
	void keepingForeverOnATeamUnderTheGlobalPolicyNeedsNoWrite() {
		assertThat(this.mattermost.apply("team:legal", keep(), "t4").changed()).isFalse();
		assertThat(this.simulator.counters().writesApplied()).isZero();
	}

	@Test
	void whatMattermostCannotExpressIsRefusedWithReasons() {
		DeletionSettings wickrish = new DeletionSettings(true, Duration.ofHours(36), Duration.ofHours(1), 20, true);

		assertThatThrownBy(() -> this.mattermost.apply("team:ops", wickrish, "t5"))
			.isInstanceOfSatisfying(ConnectorException.class, (ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.VALIDATION);
				assertThat(ex.reasons()).extracting(FieldReason::field)
					.containsExactly("burnOnRead", "shredderIntensity", "captureEnabled");
			});
		assertThatThrownBy(() -> this.mattermost.apply("team:ops",
				new DeletionSettings(true, Duration.ofHours(36), null, 0, false), "t6"))
			.isInstanceOfSatisfying(ConnectorException.class,
					(ex) -> assertThat(ex.getMessage()).contains("whole number of days"));
	}

	@Test
	void wrongTokenIsUnauthorizedAndThrottlingIsRetried() {
		ConnectionSettings real = this.simulator.connectionSettings(PlatformKind.MATTERMOST);
		ConnectorException ex = failure(
				this.connectors.open(ConnectionSettings.mattermost(real.baseUrl(), "site", "wrong"))::fetchStatus);
		assertThat(ex.kind()).isEqualTo(Kind.UNAUTHORIZED);
		assertThat(ex.getMessage()).contains("api.context.session_expired.app_error").doesNotContain("wrong");

		this.simulator.faults().inject(Fault.THROTTLE, 2);
		assertThat(this.mattermost.fetchStatus().groups()).hasSize(6);
		this.simulator.faults().rate(Fault.MALFORMED_JSON, 1);
		assertThat(failure(this.mattermost::fetchStatus).kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
	}

	@Test
	void driftIsVisible() {
		this.simulator.changeDirectly(PlatformKind.MATTERMOST, "team:legal", days(1, false));
		assertThat(this.mattermost.fetchStatus().groups()).filteredOn((g) -> g.externalId().equals("team:legal"))
			.singleElement()
			.satisfies((g) -> assertThat(g.settings()).isEqualTo(days(1, false)));
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
