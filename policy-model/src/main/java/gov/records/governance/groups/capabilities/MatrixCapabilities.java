package gov.records.governance.groups.capabilities;

import gov.records.governance.platforms.PlatformKind;
import java.time.Duration;
import java.util.List;

/**
 * Matrix rooms: the room's {@code m.room.retention} state sets a {@code max_lifetime} in
 * milliseconds, or none (kept); the homeserver may clamp it to its own configured bounds;
 * there is no burn-on-read and no shredder, and nothing built in captures messages, so
 * the console only records capture (a capture bot reports it).
 */
public final class MatrixCapabilities implements PlatformCapabilities {

	static final MatrixCapabilities INSTANCE = new MatrixCapabilities();

	private static final LifetimeRange LIFETIMES = LifetimeRange.between(LifetimeRange.SHORTEST, LifetimeRange.LONGEST,
			Duration.ofMillis(1), "milliseconds");

	private MatrixCapabilities() {
	}

	@Override
	public PlatformKind kind() {
		return PlatformKind.MATRIX;
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
		return "Matrix keeps a room's messages or deletes them after a maximum lifetime of " + LIFETIMES.text()
				+ " (the homeserver may clamp it to its own bounds); it has no burn-on-read and no shredder; "
				+ "nothing built in captures messages, so the console records capture that a capture bot reports.";
	}

}
