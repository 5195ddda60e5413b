package gov.records.governance.groups.capabilities;

import gov.records.governance.platforms.PlatformKind;
import java.time.Duration;
import java.util.List;

/**
 * Slack (Enterprise Grid, GovSlack) conversations: a custom retention keeps messages for
 * whole days, 1 to 36,500 ({@code admin.conversations.setCustomRetention}; the console
 * caps every lifetime at 25 years, so 1 day to 25 years here), or the conversation
 * follows the org's or workspace's default (which the platform's settings in the console
 * name, since Slack's API does not expose it); there is no burn-on-read and no shredder,
 * and capture (Discovery API, exports) is not governed here, so the console only records
 * it (DD060).
 */
public final class SlackCapabilities implements PlatformCapabilities {

	/**
	 * The longest custom retention Slack accepts, in days (beyond the console's own cap).
	 */
	public static final int MAX_DAYS = 36_500;

	static final SlackCapabilities INSTANCE = new SlackCapabilities();

	private static final LifetimeRange LIFETIMES = LifetimeRange.between(Duration.ofDays(1), LifetimeRange.LONGEST,
			Duration.ofDays(1), "days");

	private SlackCapabilities() {
	}

	@Override
	public PlatformKind kind() {
		return PlatformKind.SLACK;
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
		return "Slack keeps a conversation's messages (it follows the org default, when that keeps them) or "
				+ "deletes them after a custom retention of " + LIFETIMES.text()
				+ "; it has no burn-on-read and no shredder; capture (Discovery API, exports) is recorded, "
				+ "not switched, by the console.";
	}

}
