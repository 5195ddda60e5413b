package gov.records.governance.groups.capabilities;

import gov.records.governance.platforms.PlatformKind;
import java.time.Duration;
import java.util.List;

/**
 * Mattermost teams and channels: a data-retention policy keeps posts for whole days
 * ({@code post_duration}, at least one) or forever; there is no burn-on-read and no
 * shredder, and capture (the compliance export) is not set through the admin API, so the
 * console only records it.
 */
public final class MattermostCapabilities implements PlatformCapabilities {

	static final MattermostCapabilities INSTANCE = new MattermostCapabilities();

	private static final LifetimeRange LIFETIMES = LifetimeRange.between(Duration.ofDays(1), LifetimeRange.LONGEST,
			Duration.ofDays(1), "days");

	private MattermostCapabilities() {
	}

	@Override
	public PlatformKind kind() {
		return PlatformKind.MATTERMOST;
	}

	@Override
	public boolean changeable() {
		return true;
	}

	@Override
	public boolean keepsForever() {
		return true;
	}

	@Override
	public LifetimeRange lifetimes() {
		return LIFETIMES;
	}

	@Override
	public boolean burnOnRead() {
		return false;
	}

	@Override
	public List<Integer> shredderIntensities() {
		return List.of();
	}

	@Override
	public CaptureControl capture() {
		return CaptureControl.RECORDED;
	}

	@Override
	public String allowed() {
		return "Mattermost keeps posts forever or deletes them after " + LIFETIMES.text()
				+ " (a data-retention policy); it has no burn-on-read and no shredder; capture is its compliance "
				+ "export, which the console records but does not switch.";
	}

}
