package gov.records.governance.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.compliance.EffectivePolicy;
import gov.records.governance.compliance.EffectivePolicyCalculator;
import gov.records.governance.compliance.HoldRef;
import gov.records.governance.compliance.PolicyInputs;
import gov.records.governance.compliance.ScheduleItemRef;
import gov.records.governance.compliance.Severity;
import gov.records.governance.groups.AccountStatus;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.RoleCategory;
import gov.records.governance.holds.HoldKind;
import gov.records.governance.schedules.Disposition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule with a case that fires and a near miss that must not. */
class RulesTest {

	static final ScheduleItemRef SEVEN_YEARS = new ScheduleItemRef(2, "GRS 6.1", "011", "Other roles",
			Disposition.TEMPORARY, "P7Y", "DAA-GRS-2014-0001-0002");

	static final ScheduleItemRef TRANSITORY = new ScheduleItemRef(4, "GRS 5.2", "010", "Transitory",
			Disposition.TEMPORARY, null, "DAA-GRS-2022-0009-0001");

	static final CaptureState HEALTHY = new CaptureState(Instant.parse("2026-11-22T10:00:00Z"), false, false);

	static final CaptureState STALE = new CaptureState(Instant.parse("2026-11-01T10:00:00Z"), true, false);

	static final List<AccountRef> CAPSTONE = List.of(new AccountRef(7, "Avery Brooks", RoleCategory.CAPSTONE_1));

	@Nested
	class UnscheduledAutoDelete {

		final GroupRule rule = new UnscheduledAutoDeleteRule();

		@Test
		void firesOnAnUnscheduledGroupThatAutoDeletes() {
			Optional<Violation> v = this.rule.check(group(policy(), autoDelete(30, true), HEALTHY));
			assertThat(v).isPresent();
			assertThat(v.get().rule().severity()).isEqualTo(Severity.CRITICAL);
		}

		@Test
		void nearMissAScheduledGroupOrOneThatKeeps() {
			assertThat(this.rule.check(group(policy(List.of(TRANSITORY)), autoDelete(30, false), HEALTHY))).isEmpty();
			assertThat(this.rule.check(group(policy(), kept(false), HEALTHY))).isEmpty();
		}

	}

	@Nested
	class LifetimeBelowRetention {

		final GroupRule rule = new LifetimeBelowRetentionRule();

		@Test
		void firesWhenMessagesGoBeforeTheRetentionWithoutCapture() {
			assertThat(this.rule.check(group(policy(List.of(SEVEN_YEARS)), autoDelete(30, false), HEALTHY)))
				.isPresent();
		}

		@Test
		void firesWhenCaptureIsOnButStale() {
			assertThat(this.rule.check(group(policy(List.of(SEVEN_YEARS)), autoDelete(30, true), STALE))).isPresent();
		}

		@Test
		void nearMissCaptureHealthyOrLifetimeLongEnoughOrTransitory() {
			assertThat(this.rule.check(group(policy(List.of(SEVEN_YEARS)), autoDelete(30, true), HEALTHY))).isEmpty();
			assertThat(this.rule.check(group(policy(List.of(SEVEN_YEARS)), autoDelete(8 * 366, false), HEALTHY)))
				.isEmpty();
			assertThat(this.rule.check(group(policy(List.of(TRANSITORY)), autoDelete(1, false), HEALTHY))).isEmpty();
		}

	}

	@Nested
	class CapstoneWithoutCapture {

		final GroupRule rule = new CapstoneWithoutCaptureRule();

		@Test
		void firesWhenACapstoneOfficialsMessagesAutoDeleteUncaptured() {
			Optional<Violation> v = this.rule
				.check(group(policy(List.of(TRANSITORY)), autoDelete(7, false), HEALTHY, CAPSTONE));
			assertThat(v).isPresent();
			assertThat(v.get().evidence().get("capstoneAccounts").toString()).contains("Avery Brooks");
		}

		@Test
		void nearMissCapturedOrNoCapstoneOrKept() {
			assertThat(this.rule.check(group(policy(List.of(TRANSITORY)), autoDelete(7, true), HEALTHY, CAPSTONE)))
				.isEmpty();
			assertThat(this.rule.check(group(policy(List.of(TRANSITORY)), autoDelete(7, false), HEALTHY))).isEmpty();
			assertThat(this.rule.check(group(policy(List.of(TRANSITORY)), kept(false), HEALTHY, CAPSTONE))).isEmpty();
		}

	}

	@Nested
	class HoldAutoDelete {

		final GroupRule rule = new HoldAutoDeleteRule();

		final HoldRef foia = new HoldRef(1, "FOIA-2026-0147", HoldKind.FOIA, "Pilot");

		@Test
		void firesWhileAHoldCoversAnAutoDeletingGroupEvenWithCapture() {
			EffectivePolicy held = EffectivePolicyCalculator
				.compute(new PolicyInputs(List.of(SEVEN_YEARS), List.of(), Map.of(), List.of(this.foia)));
			assertThat(this.rule.check(group(held, autoDelete(30, true), HEALTHY))).get()
				.extracting(Violation::summary)
				.asString()
				.contains("FOIA-2026-0147");
		}

		@Test
		void nearMissNoHoldOrAutoDeleteOff() {
			EffectivePolicy held = EffectivePolicyCalculator
				.compute(new PolicyInputs(List.of(SEVEN_YEARS), List.of(), Map.of(), List.of(this.foia)));
			assertThat(this.rule.check(group(held, kept(true), HEALTHY))).isEmpty();
			assertThat(this.rule.check(group(policy(List.of(SEVEN_YEARS)), autoDelete(30, true), HEALTHY))).isEmpty();
		}

	}

	@Nested
	class UnsanctionedPlatform {

		final UnsanctionedPlatformRule rule = new UnsanctionedPlatformRule();

		@Test
		void firesForAnActiveAccountOnAnUnsanctionedPlatform() {
			assertThat(this.rule.check(account(AccountStatus.ACTIVE))).get()
				.extracting((v) -> v.rule().severity())
				.isEqualTo(Severity.HIGH);
		}

		@Test
		void nearMissASuspendedAccount() {
			assertThat(this.rule.check(account(AccountStatus.SUSPENDED))).isEmpty();
		}

		private AccountFacts account(AccountStatus status) {
			return new AccountFacts(3, "Jordan Chen", RoleCategory.GENERAL, 5, 4, "WhatsApp", status, false);
		}

	}

	@Nested
	class CaptureStale {

		final GroupRule rule = new CaptureStaleRule();

		@Test
		void firesWhenCaptureIsOnAndItsPlatformHasNotReported() {
			assertThat(this.rule.check(group(policy(List.of(SEVEN_YEARS)), kept(true), STALE))).isPresent();
			assertThat(this.rule.check(group(policy(List.of(SEVEN_YEARS)), kept(true), CaptureState.NEVER_REPORTED)))
				.get()
				.extracting(Violation::summary)
				.asString()
				.contains("never reported");
		}

		@Test
		void nearMissHealthyCaptureOrCaptureOff() {
			assertThat(this.rule.check(group(policy(List.of(SEVEN_YEARS)), kept(true), HEALTHY))).isEmpty();
			assertThat(this.rule.check(group(policy(List.of(SEVEN_YEARS)), kept(false), STALE))).isEmpty();
		}

	}

	@Nested
	class MissingReason {

		final GroupRule rule = new MissingReasonRule();

		@Test
		void firesWhenTheSettingsInForceHaveNoReason() {
			assertThat(this.rule
				.check(group(policy(List.of(SEVEN_YEARS)), kept(true), HEALTHY).withSettings(kept(true), "  ")))
				.isPresent();
		}

		@Test
		void nearMissAnyRecordedReason() {
			assertThat(this.rule.check(group(policy(List.of(SEVEN_YEARS)), kept(true), HEALTHY))).isEmpty();
		}

	}

	@Test
	void everyRuleHasAnExplanationCitingTheLawAndARemedy() {
		assertThat(Rules.ALL).hasSize(9).allSatisfy((rule) -> {
			assertThat(rule.explanation()).containsPattern("(CFR|U\\.S\\.C\\.)");
			assertThat(rule.remediation()).isNotBlank();
		});
		assertThat(Rules.ALL).extracting(RuleInfo::id).doesNotHaveDuplicates();
	}

	static EffectivePolicy policy() {
		return EffectivePolicyCalculator.compute(new PolicyInputs(List.of(), List.of(), Map.of(), List.of()));
	}

	static EffectivePolicy policy(List<ScheduleItemRef> groupItems) {
		return EffectivePolicyCalculator.compute(new PolicyInputs(groupItems, List.of(), Map.of(), List.of()));
	}

	static DeletionSettings autoDelete(int days, boolean capture) {
		return new DeletionSettings(true, Duration.ofDays(days), null, 20, capture);
	}

	static DeletionSettings kept(boolean capture) {
		return new DeletionSettings(false, null, null, 0, capture);
	}

	static GroupFacts group(EffectivePolicy policy, DeletionSettings settings, CaptureState capture) {
		return group(policy, settings, capture, List.of());
	}

	static GroupFacts group(EffectivePolicy policy, DeletionSettings settings, CaptureState capture,
			List<AccountRef> capstone) {
		return new GroupFacts(11, "FEC-OPS Incident Response 1", 5, 1, "DCR Wickr Network", settings, "initial", policy,
				capstone, capture);
	}

}
