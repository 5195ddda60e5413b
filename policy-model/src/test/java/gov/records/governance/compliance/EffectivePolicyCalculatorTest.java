package gov.records.governance.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.groups.RoleCategory;
import gov.records.governance.holds.HoldKind;
import gov.records.governance.schedules.Disposition;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The precedence rules of domain.md: hold beats schedule; longest wins; more specific
 * wins.
 */
class EffectivePolicyCalculatorTest {

	static final ScheduleItemRef CAPSTONE = item(1, "010", Disposition.PERMANENT, null);

	static final ScheduleItemRef GENERAL = item(2, "011", Disposition.TEMPORARY, "P7Y");

	static final ScheduleItemRef ADMIN = item(3, "012", Disposition.TEMPORARY, "P3Y");

	static final ScheduleItemRef TRANSITORY = item(4, "5.2-010", Disposition.TEMPORARY, null);

	static final HoldRef FOIA = new HoldRef(9, "FOIA-2026-0147", HoldKind.FOIA, "Pilot records");

	@Test
	void aHoldBeatsEverySchedule() {
		EffectivePolicy policy = EffectivePolicyCalculator
			.compute(new PolicyInputs(List.of(TRANSITORY), List.of(), Map.of(), List.of(FOIA)));
		assertThat(policy.requirement()).isEqualTo(Requirement.HOLD);
		assertThat(policy.scheduled()).isEqualTo(Requirement.NO_MINIMUM);
		assertThat(policy.onHold()).isTrue();
		assertThat(policy.explanation().getFirst()).contains("FOIA-2026-0147").contains("36 CFR 1236.20(b)(7)");
		assertThat(policy.sources().getFirst().kind()).isEqualTo(PolicySource.Kind.HOLD);
	}

	@Test
	void theLongestRetentionWinsWithinOneLevel() {
		EffectivePolicy policy = EffectivePolicyCalculator
			.compute(new PolicyInputs(List.of(ADMIN, GENERAL), List.of(), Map.of(), List.of()));
		assertThat(policy.requirement()).isEqualTo(Requirement.period(Period.ofYears(7)));
		assertThat(policy.sources()).filteredOn(PolicySource::decisive)
			.extracting(PolicySource::label)
			.containsExactly(GENERAL.label());
	}

	@Test
	void theLongestRetentionWinsAcrossRoleCategories() {
		EffectivePolicy policy = EffectivePolicyCalculator.compute(new PolicyInputs(List.of(), List.of(),
				Map.of(RoleCategory.GENERAL, List.of(GENERAL), RoleCategory.CAPSTONE_2, List.of(CAPSTONE)), List.of()));
		assertThat(policy.requirement()).isEqualTo(Requirement.PERMANENT);
	}

	@Test
	void theGroupsOwnAssignmentBeatsItsOrganizations() {
		EffectivePolicy policy = EffectivePolicyCalculator.compute(new PolicyInputs(List.of(TRANSITORY),
				List.of(new PolicyInputs.OrganizationItems("Operations", List.of(GENERAL))),
				Map.of(RoleCategory.GENERAL, List.of(GENERAL)), List.of()));
		assertThat(policy.requirement()).isEqualTo(Requirement.NO_MINIMUM);
		assertThat(policy.sources()).filteredOn((s) -> !s.decisive()).hasSize(2);
	}

	@Test
	void theNearestOrganizationBeatsItsAncestorsAndRoleCategories() {
		EffectivePolicy policy = EffectivePolicyCalculator.compute(new PolicyInputs(List.of(),
				List.of(new PolicyInputs.OrganizationItems("Office", List.of()),
						new PolicyInputs.OrganizationItems("Component", List.of(ADMIN)),
						new PolicyInputs.OrganizationItems("Department", List.of(GENERAL))),
				Map.of(RoleCategory.CAPSTONE_1, List.of(CAPSTONE)), List.of()));
		assertThat(policy.requirement()).isEqualTo(Requirement.period(Period.ofYears(3)));
		assertThat(policy.explanation().getFirst()).startsWith("Inherited from Component");
	}

	@Test
	void withoutAnyScheduleTheRecordsAreUnscheduledAndCountAsPermanent() {
		EffectivePolicy policy = EffectivePolicyCalculator.compute(new PolicyInputs(List.of(),
				List.of(new PolicyInputs.OrganizationItems("Office", List.of())), Map.of(), List.of()));
		assertThat(policy.requirement()).isEqualTo(Requirement.UNSCHEDULED);
		assertThat(policy.explanation().getFirst()).contains("36 CFR 1220.18");
		assertThat(Requirement.STRICTNESS.compare(Requirement.UNSCHEDULED, Requirement.period(Period.ofYears(99))))
			.isPositive();
	}

	static ScheduleItemRef item(long id, String number, Disposition disposition, String retention) {
		return new ScheduleItemRef(id, "GRS 6.1", number, "Item " + number, disposition, retention, null);
	}

}
