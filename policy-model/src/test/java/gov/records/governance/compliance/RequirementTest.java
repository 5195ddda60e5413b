package gov.records.governance.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.schedules.Disposition;
import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;

class RequirementTest {

	@Test
	void periodsAreReadFromIsoAndWords() {
		assertThat(Requirement.of(Disposition.TEMPORARY, "P7Y")).isEqualTo(Requirement.period(Period.ofYears(7)));
		assertThat(Requirement.of(Disposition.TEMPORARY, "180 days")).isEqualTo(Requirement.period(Period.ofDays(180)));
		assertThat(Requirement.of(Disposition.TEMPORARY, null)).isEqualTo(Requirement.NO_MINIMUM);
		assertThat(Requirement.of(Disposition.PERMANENT, null)).isEqualTo(Requirement.PERMANENT);
		assertThatThrownBy(() -> Requirement.parse("seven years")).hasMessageContaining("not a retention period");
	}

	@Test
	void aLifetimeMustReachTheRetention() {
		Requirement sevenYears = Requirement.period(Period.ofYears(7));
		assertThat(sevenYears.permitsDeletionAfter(Duration.ofDays(7 * 366))).isTrue();
		assertThat(sevenYears.permitsDeletionAfter(Duration.ofDays(365))).isFalse();
		assertThat(sevenYears.permitsDeletionAfter(null)).isFalse();
		assertThat(Requirement.PERMANENT.permitsDeletionAfter(Duration.ofDays(100_000))).isFalse();
		assertThat(Requirement.NO_MINIMUM.permitsDeletionAfter(Duration.ofHours(1))).isTrue();
	}

	@Test
	void labelsReadNaturally() {
		assertThat(Requirement.period(Period.ofYears(7)).label()).isEqualTo("7 years");
		assertThat(Requirement.period(Period.of(1, 6, 0)).label()).isEqualTo("1 year 6 months");
		assertThat(Requirement.UNSCHEDULED.label()).isEqualTo("Permanent (unscheduled)");
	}

}
