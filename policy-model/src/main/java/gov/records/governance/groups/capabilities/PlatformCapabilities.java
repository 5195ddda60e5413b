package gov.records.governance.groups.capabilities;

import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.shared.Problem;
import java.util.List;

/**
 * The deletion controls one kind of platform has and the values it accepts (DD043). The
 * console refuses, before anything is written, a change the platform could not hold, so
 * it never records a setting the backend does not have; the change dialog offers only
 * these controls and shows {@link #allowed()} before the preview. One value per kind of
 * platform, written once in {@link KnownPlatforms}.
 *
 * @param kind the kind of platform
 * @param changeable whether the console can change this platform's settings at all
 * @param keepsForever whether messages can be kept without a lifetime (auto-delete off)
 * @param lifetimes the message lifetimes it accepts
 * @param burnOnRead whether it has a burn-on-read cap
 * @param shredderIntensities the shredder intensities it accepts; empty when it has no
 * shredder
 * @param capture how the capture flag relates to the platform
 * @param allowed the controls and values in one paragraph, shown in the change dialog
 * before the preview and in every refusal
 */
public record PlatformCapabilities(PlatformKind kind, boolean changeable, boolean keepsForever, LifetimeRange lifetimes,
		boolean burnOnRead, List<Integer> shredderIntensities, CaptureControl capture, String allowed) {

	/**
	 * The longest custom retention Slack accepts, in days (beyond the console's own cap
	 * of {@link LifetimeRange#LONGEST}).
	 */
	public static final int SLACK_MAX_DAYS = 36_500;

	public PlatformCapabilities {
		shredderIntensities = List.copyOf(shredderIntensities);
	}

	/** The capabilities of a kind of platform. */
	public static PlatformCapabilities of(PlatformKind kind) {
		return switch (kind) {
			case WICKR -> KnownPlatforms.WICKR;
			case MATTERMOST -> KnownPlatforms.MATTERMOST;
			case MATRIX -> KnownPlatforms.MATRIX;
			case SLACK -> KnownPlatforms.SLACK;
			case OTHER -> KnownPlatforms.UNSANCTIONED_APP;
		};
	}

	/**
	 * What the platform could not hold of these settings, each naming the platform (by
	 * {@code platformName}, and its kind) and what it accepts; empty when it holds them
	 * all.
	 */
	public List<Problem> check(String platformName, DeletionSettings settings) {
		return CapabilityCheck.problems(this, platformName, settings);
	}

	/** Whether the platform has a shredder at all. */
	public boolean shredder() {
		return !this.shredderIntensities.isEmpty();
	}

}
