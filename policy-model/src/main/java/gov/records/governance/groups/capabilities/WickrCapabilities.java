package gov.records.governance.groups.capabilities;

import gov.records.governance.platforms.PlatformKind;
import java.time.Duration;
import java.util.List;

/**
 * Wickr security groups: every message expires ({@code maxTtl} is a cap on the timers
 * users pick, never "forever"), in whole seconds up to one year (the simulator's bound,
 * an assumption recorded in DD007); a burn-on-read cap up to the lifetime; the shredder
 * at 0, 20, 60 or 100; capture through the network's one data-retention bot.
 */
public final class WickrCapabilities implements PlatformCapabilities {

	static final WickrCapabilities INSTANCE = new WickrCapabilities();

	private static final LifetimeRange LIFETIMES = LifetimeRange.between(Duration.ofMinutes(1), Duration.ofDays(365),
			Duration.ofSeconds(1), "seconds");

	private WickrCapabilities() {
	}

	@Override
	public PlatformKind kind() {
		return PlatformKind.WICKR;
	}

	@Override
	public boolean changeable() {
		return true;
	}

	@Override
	public boolean keepsForever() {
		return false;
	}

	@Override
	public LifetimeRange lifetimes() {
		return LIFETIMES;
	}

	@Override
	public boolean burnOnRead() {
		return true;
	}

	@Override
	public List<Integer> shredderIntensities() {
		return List.of(0, 20, 60, 100);
	}

	@Override
	public CaptureControl capture() {
		return CaptureControl.NETWORK_WIDE;
	}

	@Override
	public String allowed() {
		return "Wickr messages always expire, so auto-delete stays on: a maximum lifetime of " + LIFETIMES.text()
				+ " (records are kept by capture); a burn-on-read cap up to the lifetime, or none; a shredder "
				+ "intensity of 0, 20, 60 or 100; capture is the network's data-retention bot, one switch for "
				+ "every group (turning it off here leaves it on).";
	}

}
