package gov.records.governance.groups.capabilities;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.shared.Problem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each platform kind refuses what it cannot hold, naming the platform and what it
 * accepts, and accepts what it can (DD043).
 */
class PlatformCapabilitiesTest {

	private static List<Problem> check(PlatformKind kind, DeletionSettings settings) {
		return PlatformCapabilities.of(kind).check("DCR " + kind.label(), settings);
	}

	@Test
	void wickrCannotKeepMessagesForever() {
		List<Problem> problems = check(PlatformKind.WICKR, new DeletionSettings(false, null, null, 20, true));
		assertThat(problems).extracting(Problem::column).containsExactly("autoDelete");
		assertThat(problems.getFirst().reason()).startsWith("DCR Wickr (Wickr) cannot keep messages forever")
			.contains("1 minute to 1 year");
	}

	@Test
	void wickrHoldsUpToAYearWithItsShredderAndBurnOnRead() {
		assertThat(check(PlatformKind.WICKR,
				new DeletionSettings(true, Duration.ofDays(365), Duration.ofHours(1), 100, true)))
			.isEmpty();
		assertThat(check(PlatformKind.WICKR, new DeletionSettings(true, Duration.ofDays(366), null, 0, true)))
			.extracting(Problem::column)
			.containsExactly("maxLifetime");
	}

	@Test
	void matrixAndMattermostHaveNoShredderAndNoBurnOnRead() {
		for (PlatformKind kind : List.of(PlatformKind.MATRIX, PlatformKind.MATTERMOST)) {
			List<Problem> problems = check(kind,
					new DeletionSettings(true, Duration.ofDays(30), Duration.ofHours(1), 60, true));
			assertThat(problems).extracting(Problem::column).containsExactly("burnOnRead", "shredderIntensity");
			assertThat(problems.get(1).reason()).contains(kind.label()).contains("has no shredder");
			assertThat(check(kind, new DeletionSettings(false, null, null, 0, true))).isEmpty();
			assertThat(PlatformCapabilities.of(kind).shredder()).isFalse();
		}
	}

	@Test
	void mattermostKeepsPostsForWholeDaysOnly() {
		assertThat(check(PlatformKind.MATTERMOST, new DeletionSettings(true, Duration.ofHours(36), null, 0, false)))
			.singleElement()
			.satisfies((p) -> assertThat(p.reason()).contains("in whole days"));
		assertThat(check(PlatformKind.MATRIX, new DeletionSettings(true, Duration.ofHours(36), null, 0, false)))
			.isEmpty();
	}

	@Test
	void slackKeepsOrDeletesAfterWholeDaysWithoutShredderOrBurnOnRead() {
		assertThat(check(PlatformKind.SLACK, new DeletionSettings(false, null, null, 0, false))).isEmpty();
		assertThat(check(PlatformKind.SLACK, new DeletionSettings(true, Duration.ofDays(1), null, 0, false))).isEmpty();
		assertThat(check(PlatformKind.SLACK, new DeletionSettings(true, Duration.ofHours(36), null, 0, false)))
			.singleElement()
			.satisfies((p) -> assertThat(p.reason()).contains("DCR Slack (Slack)").contains("in whole days"));
		assertThat(check(PlatformKind.SLACK,
				new DeletionSettings(true, Duration.ofDays(30), Duration.ofHours(1), 60, false)))
			.extracting(Problem::column)
			.containsExactly("burnOnRead", "shredderIntensity");
		assertThat(PlatformCapabilities.of(PlatformKind.SLACK).allowed()).contains("org default")
			.contains("custom retention");
		assertThat(PlatformCapabilities.of(PlatformKind.SLACK).changeable()).isTrue();
	}

	@Test
	void anUnsanctionedAppIsNotChangedThroughTheConsole() {
		List<Problem> problems = check(PlatformKind.OTHER,
				new DeletionSettings(true, Duration.ofDays(7), null, 0, false));
		assertThat(problems).singleElement()
			.satisfies((p) -> assertThat(p.reason()).contains("not changed through the console")
				.contains("1 day, 7 days or 90 days")
				.contains("20 days"));
		assertThat(PlatformCapabilities.of(PlatformKind.OTHER).capture()).isEqualTo(CaptureControl.NONE);
	}

}
