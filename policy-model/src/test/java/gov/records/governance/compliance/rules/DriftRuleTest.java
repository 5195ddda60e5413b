package gov.records.governance.compliance.rules;

import static gov.records.governance.compliance.rules.RulesTest.HEALTHY;
import static gov.records.governance.compliance.rules.RulesTest.SEVEN_YEARS;
import static gov.records.governance.compliance.rules.RulesTest.policy;
import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.compliance.Severity;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The drift rule: fires when the backend differs in what it holds, not otherwise. */
class DriftRuleTest {

	static final Instant SINCE = Instant.parse("2026-11-30T08:00:00Z");

	static final DeletionSettings THIRTY_DAYS = new DeletionSettings(true, Duration.ofDays(30), Duration.ofHours(1), 20,
			true);

	final DriftRule rule = new DriftRule();

	@Test
	void firesWhenTheBackendHoldsAnotherLifetimeAndShowsBothValues() {
		DeletionSettings live = new DeletionSettings(true, Duration.ofDays(1), Duration.ofHours(1), 20, true);
		Optional<Violation> v = this.rule
			.check(group(THIRTY_DAYS, new LiveState(PlatformKind.WICKR, live, SINCE, false)));
		assertThat(v).isPresent();
		assertThat(v.get().rule().severity()).isEqualTo(Severity.HIGH);
		assertThat(v.get().summary()).contains("governed 30 days, live 1 day");
		assertThat(v.get().evidence()).containsEntry("governed", THIRTY_DAYS.summary())
			.containsEntry("live", live.summary())
			.containsEntry("liveSince", SINCE.toString());
	}

	@Test
	void firesWhenWickrCaptureIsOffButTheGroupNeedsIt() {
		DeletionSettings live = new DeletionSettings(true, Duration.ofDays(30), Duration.ofHours(1), 20, false);
		assertThat(this.rule.check(group(THIRTY_DAYS, new LiveState(PlatformKind.WICKR, live, SINCE, false)))).get()
			.extracting(Violation::summary)
			.asString()
			.contains("Capture: governed on, live off");
	}

	@Test
	void nearMissInStepNeverReportedOrAPushOnItsWay() {
		assertThat(this.rule.check(group(THIRTY_DAYS, new LiveState(PlatformKind.WICKR, THIRTY_DAYS, SINCE, false))))
			.isEmpty();
		assertThat(this.rule.check(group(THIRTY_DAYS, null))).isEmpty();
		DeletionSettings live = new DeletionSettings(true, Duration.ofDays(1), null, 0, true);
		assertThat(this.rule.check(group(THIRTY_DAYS, new LiveState(PlatformKind.WICKR, live, SINCE, true)))).isEmpty();
	}

	@Test
	void nearMissWhatThePlatformDoesNotHoldIsNotDrift() {
		// Mattermost holds the lifetime only: burn-on-read, shredder and capture are not
		// its
		DeletionSettings live = new DeletionSettings(true, Duration.ofDays(30), null, 0, false);
		assertThat(this.rule.check(group(THIRTY_DAYS, new LiveState(PlatformKind.MATTERMOST, live, SINCE, false))))
			.isEmpty();
		// network-wide Wickr capture on for a group that does not need it
		DeletionSettings noCapture = new DeletionSettings(true, Duration.ofDays(30), Duration.ofHours(1), 20, false);
		DeletionSettings captured = new DeletionSettings(true, Duration.ofDays(30), Duration.ofHours(1), 20, true);
		assertThat(this.rule.check(group(noCapture, new LiveState(PlatformKind.WICKR, captured, SINCE, false))))
			.isEmpty();
	}

	@Test
	void aProposedChangeIsNeverDriftItWouldBePushed() {
		DeletionSettings live = THIRTY_DAYS;
		GroupFacts current = group(THIRTY_DAYS, new LiveState(PlatformKind.WICKR, live, SINCE, false));
		DeletionSettings proposed = new DeletionSettings(true, Duration.ofDays(7), null, 0, true);
		assertThat(this.rule.check(current.withSettings(proposed, "shorter"))).isEmpty();
	}

	static GroupFacts group(DeletionSettings settings, LiveState live) {
		return new GroupFacts(11, "FEC-OPS Incident Response 1", 5, 1, "DCR Wickr Network", settings, "initial",
				policy(List.of(SEVEN_YEARS)), List.of(), HEALTHY, live);
	}

}
