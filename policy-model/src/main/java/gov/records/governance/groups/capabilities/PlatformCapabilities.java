package gov.records.governance.groups.capabilities;

import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.shared.Problem;
import java.util.List;

/**
 * The deletion controls one kind of platform has and the values it accepts (DD043). The
 * console refuses, before anything is written, a change the platform could not hold, so
 * it never records a setting the backend does not have; the change dialog offers only
 * these controls and shows {@link #allowed()} before the preview.
 */
public sealed interface PlatformCapabilities permits WickrCapabilities, MattermostCapabilities, MatrixCapabilities,
		SlackCapabilities, UnsanctionedAppCapabilities {

	/** The capabilities of a kind of platform. */
	static PlatformCapabilities of(PlatformKind kind) {
		return switch (kind) {
			case WICKR -> WickrCapabilities.INSTANCE;
			case MATTERMOST -> MattermostCapabilities.INSTANCE;
			case MATRIX -> MatrixCapabilities.INSTANCE;
			case SLACK -> SlackCapabilities.INSTANCE;
			case OTHER -> UnsanctionedAppCapabilities.INSTANCE;
		};
	}

	PlatformKind kind();

	/** Whether the console can change this platform's settings at all. */
	boolean changeable();

	/** Whether messages can be kept without a lifetime (auto-delete off). */
	boolean keepsForever();

	/** The message lifetimes it accepts. */
	LifetimeRange lifetimes();

	/** Whether it has a burn-on-read cap. */
	boolean burnOnRead();

	/** The shredder intensities it accepts; empty when it has no shredder. */
	List<Integer> shredderIntensities();

	/** How the capture flag relates to the platform. */
	CaptureControl capture();

	/**
	 * The controls and values in one paragraph, shown in the change dialog before the
	 * preview and in every refusal.
	 */
	String allowed();

	/**
	 * What the platform could not hold of these settings, each naming the platform (by
	 * {@code platformName}, and its kind) and what it accepts; empty when it holds them
	 * all.
	 */
	default List<Problem> check(String platformName, DeletionSettings settings) {
		return CapabilityCheck.problems(this, platformName, settings);
	}

	/** Whether the platform has a shredder at all. */
	default boolean shredder() {
		return !shredderIntensities().isEmpty();
	}

}
