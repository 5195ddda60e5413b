package gov.records.governance.durability;

import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Named points in a change's life where the crash suite stops the console dead (DD054):
 * {@code KillPoint.reach("outbox.pushed")} halts the JVM with {@link Runtime#halt} (no
 * shutdown hooks, nothing flushed: what SIGKILL does) when that point is armed and
 * reached for the n-th time. Nothing is armed unless {@link KillPointGuard} armed it from
 * the test-only system property {@code governance.test.kill-at} ({@code name} or
 * {@code name#n}), which it refuses under the {@code prod} profile; unarmed, a point
 * costs one volatile read.
 */
public final class KillPoint {

	/** The system property a crash test starts the console with. */
	public static final String PROPERTY = "governance.test.kill-at";

	private static volatile @Nullable Armed armed;

	private KillPoint() {
	}

	/** Halts the JVM if this is the armed point's n-th pass; else does nothing. */
	public static void reach(String name) {
		Armed point = armed;
		if (point != null && point.name().equals(name) && point.passes().incrementAndGet() == point.nth()) {
			System.out.println("KILL POINT " + name + "#" + point.nth() + " reached: halting");
			System.out.flush();
			Runtime.getRuntime().halt(137);
		}
	}

	/** Arms {@code spec} ({@code name} or {@code name#n}); called by the guard only. */
	static void arm(String spec) {
		int hash = spec.indexOf('#');
		String name = (hash < 0) ? spec.strip() : spec.substring(0, hash).strip();
		int nth = (hash < 0) ? 1 : Integer.parseInt(spec.substring(hash + 1).strip());
		if (name.isEmpty() || nth < 1) {
			throw new IllegalArgumentException(PROPERTY + " must be a point's name, optionally #n with n >= 1");
		}
		armed = new Armed(name, nth, new AtomicInteger());
	}

	/** Whether {@code name} is the armed point. */
	static boolean armed(String name) {
		Armed point = armed;
		return point != null && point.name().equals(name);
	}

	static void disarm() {
		armed = null;
	}

	private record Armed(String name, int nth, AtomicInteger passes) {
	}

}
