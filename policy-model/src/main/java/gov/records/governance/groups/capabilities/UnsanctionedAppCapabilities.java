package gov.records.governance.groups.capabilities;

import gov.records.governance.platforms.PlatformKind;
import java.time.Duration;
import java.util.List;

/**
 * Unsanctioned apps on personal devices (WhatsApp, Signal and the like), known from
 * device inventories: disappearing messages are off, 24 hours, 7 days or 90 days, set on
 * each phone; there is no burn-on-read cap, no shredder and no capture, and the console
 * has no connector, so it changes nothing there (44 U.S.C. 2911: the remedy is forwarding
 * to an official account within 20 days, or ending the use).
 */
public final class UnsanctionedAppCapabilities implements PlatformCapabilities {

	static final UnsanctionedAppCapabilities INSTANCE = new UnsanctionedAppCapabilities();

	private static final LifetimeRange LIFETIMES = LifetimeRange
		.oneOf(List.of(Duration.ofHours(24), Duration.ofDays(7), Duration.ofDays(90)));

	private UnsanctionedAppCapabilities() {
	}

	@Override
	public PlatformKind kind() {
		return PlatformKind.OTHER;
	}

	@Override
	public boolean changeable() {
		return false;
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
		return CaptureControl.NONE;
	}

	@Override
	public String allowed() {
		return "An unsanctioned app on personal devices: disappearing messages are off or " + LIFETIMES.text()
				+ ", set on each phone; there is no burn-on-read, no shredder and no capture, and the console has no "
				+ "connector to change them. The remedy is forwarding business messages to an official account "
				+ "within 20 days (44 U.S.C. 2911), or ending the use.";
	}

}
