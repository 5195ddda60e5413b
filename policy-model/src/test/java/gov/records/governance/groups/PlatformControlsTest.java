package gov.records.governance.groups;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.platforms.PlatformKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What each platform holds of a group's settings: what is pushed, what counts as drift.
 */
class PlatformControlsTest {

	static final DeletionSettings WICKRISH = new DeletionSettings(true, Duration.ofDays(7), Duration.ofHours(1), 60,
			true);

	@Test
	void mattermostAndMatrixAreSentTheLifetimeOnly() {
		DeletionSettings pushed = PlatformControls.pushed(PlatformKind.MATTERMOST, WICKRISH);
		assertThat(pushed).isEqualTo(new DeletionSettings(true, Duration.ofDays(7), null, 0, false));
		assertThat(PlatformControls.pushed(PlatformKind.MATRIX, new DeletionSettings(false, null, null, 20, true)))
			.isEqualTo(new DeletionSettings(false, null, null, 0, false));
		assertThat(PlatformControls.pushed(PlatformKind.WICKR, WICKRISH)).isEqualTo(WICKRISH);
	}

	@Test
	void wickrDriftCoversEverySettingItHolds() {
		DeletionSettings live = new DeletionSettings(true, Duration.ofDays(1), null, 0, false);
		assertThat(PlatformControls.differences(PlatformKind.WICKR, WICKRISH, live)).extracting("field")
			.containsExactly("maxLifetime", "burnOnRead", "shredderIntensity", "captureEnabled");
		assertThat(PlatformControls.differences(PlatformKind.MATTERMOST, WICKRISH, live)).extracting("field")
			.containsExactly("maxLifetime");
	}

	@Test
	void keptAgainstAutoDeleteIsALifetimeDifference() {
		DeletionSettings kept = new DeletionSettings(false, null, null, 0, false);
		DeletionSettings deleting = new DeletionSettings(true, Duration.ofDays(30), null, 0, false);
		assertThat(PlatformControls.differences(PlatformKind.MATRIX, kept, deleting)).singleElement()
			.hasToString("Message lifetime: governed Off, live 30 days");
		assertThat(PlatformControls.differences(PlatformKind.MATRIX, kept, kept)).isEmpty();
	}

}
