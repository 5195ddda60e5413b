package gov.records.governance.demo;

import gov.records.governance.demo.DemoDataGenerator.DemoGroup;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Settings histories for the demo groups: one to four versions each, drawn from profiles
 * that a real department shows (kept with capture, short timers with capture, short
 * timers without capture, ...), so the compliance engine has both clean groups and
 * breaches to find.
 */
final class DemoPolicyHistory {

	/**
	 * Auto-delete, lifetime in days (0 = none), burn-on-read in hours (0 = none),
	 * capture; weight.
	 */
	private record Profile(boolean autoDelete, int lifetimeDays, int burnOnReadHours, boolean capture, int weight) {
	}

	private static final List<Profile> PROFILES = List.of(new Profile(false, 0, 0, true, 40),
			new Profile(true, 30, 0, true, 18), new Profile(true, 7, 24, true, 10), new Profile(true, 1, 1, false, 8),
			new Profile(true, 180, 0, true, 8), new Profile(true, 365, 0, false, 6), new Profile(false, 0, 0, false, 6),
			new Profile(true, 90, 24, true, 4));

	private static final int TOTAL_WEIGHT = PROFILES.stream().mapToInt(Profile::weight).sum();

	private static final int[] SHREDDER = { 0, 20, 60, 100 };

	private static final String[] ADMINS = { "admin", "admin-fec", "system-import" };

	private DemoPolicyHistory() {
	}

	static List<Object[]> versions(List<DemoGroup> groups, SplittableRandom random) {
		List<Object[]> rows = new ArrayList<>(groups.size() * 2);
		long id = 1;
		for (DemoGroup group : groups) {
			int count = 1 + random.nextInt(4);
			Instant from = group.createdAt();
			for (int v = 0; v < count; v++) {
				boolean last = v == count - 1;
				Instant to = last ? null : from.plus(Duration.ofDays(20 + random.nextInt(180)));
				Profile p = expressible(group.platformId(),
						(group.platformId() == 4) ? new Profile(true, 7, 0, false, 0) : pick(random));
				String changedBy = (v == 0) ? "system-import" : ADMINS[random.nextInt(ADMINS.length)];
				String reason = (v == 0) ? "Imported from the platform at onboarding" : (random.nextInt(10) == 0) ? null
						: DemoCatalogue.CHANGE_REASONS.get(random.nextInt(DemoCatalogue.CHANGE_REASONS.size()));
				int shredder = SHREDDER[random.nextInt(SHREDDER.length)];
				rows.add(
						new Object[] { id++, group.id(), p.autoDelete(),
								p.autoDelete() && p.lifetimeDays() > 0 ? (long) DemoDataGenerator.days(p.lifetimeDays())
										: null,
								p.burnOnReadHours() > 0 ? p.burnOnReadHours() * 3_600L : null,
								(group.platformId() == 1) ? shredder : 0, p.capture(), BatchInserts.utc(from),
								BatchInserts.utc(to), changedBy, reason, null });
				from = to;
			}
		}
		return rows;
	}

	/**
	 * The profile as the group's platform can hold it (DD013): Wickr messages always
	 * expire, so "kept" there is its longest lifetime with capture; Mattermost, Matrix
	 * and Slack have no burn-on-read (nor a shredder, see {@link #versions}).
	 */
	private static Profile expressible(long platformId, Profile p) {
		if (platformId == 1 && !p.autoDelete()) {
			return new Profile(true, 365, 0, true, p.weight());
		}
		if ((platformId == 2 || platformId == 3 || platformId == DemoDataGenerator.SLACK) && p.burnOnReadHours() > 0) {
			return new Profile(p.autoDelete(), p.lifetimeDays(), 0, p.capture(), p.weight());
		}
		return p;
	}

	private static Profile pick(SplittableRandom random) {
		int roll = random.nextInt(TOTAL_WEIGHT);
		for (Profile profile : PROFILES) {
			roll -= profile.weight();
			if (roll < 0) {
				return profile;
			}
		}
		return PROFILES.getFirst();
	}

}
