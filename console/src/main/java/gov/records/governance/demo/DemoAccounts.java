package gov.records.governance.demo;

import gov.records.governance.demo.DemoDataGenerator.DemoGroup;
import gov.records.governance.groups.AccountStatus;
import gov.records.governance.groups.RoleCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Demo accounts and their memberships. Every role category is present (the first forty
 * accounts cover the ten Capstone categories). A Wickr user is in exactly one security
 * group, as on Wickr; Mattermost and Matrix users join one to three groups. The
 * unsanctioned platform has a dozen personal accounts.
 */
final class DemoAccounts {

	private static final int WHATSAPP_ACCOUNTS = 12;

	private final List<Object[]> accounts = new ArrayList<>();

	private final List<Object[]> memberships = new ArrayList<>();

	private DemoAccounts() {
	}

	static DemoAccounts build(DemoSize size, List<DemoGroup> groups, SplittableRandom random) {
		DemoAccounts result = new DemoAccounts();
		Map<Long, List<DemoGroup>> byPlatform = new HashMap<>();
		for (DemoGroup group : groups) {
			byPlatform.computeIfAbsent(group.platformId(), (p) -> new ArrayList<>()).add(group);
		}
		int sanctioned = size.accounts() - WHATSAPP_ACCOUNTS;
		for (int i = 0; i < size.accounts(); i++) {
			boolean whatsapp = i >= sanctioned;
			long platform = whatsapp ? 4 : pickPlatform(random);
			List<DemoGroup> candidates = byPlatform.get(platform);
			DemoGroup home = candidates.get(random.nextInt(candidates.size()));
			RoleCategory category = category(i, whatsapp, random);
			result.add(i + 1, platform, home, category, !whatsapp, random);
			Set<Long> joined = new LinkedHashSet<>();
			joined.add(home.id());
			if (platform == 2 || platform == 3) {
				int extra = random.nextInt(3);
				for (int e = 0; e < extra; e++) {
					joined.add(candidates.get(random.nextInt(candidates.size())).id());
				}
			}
			for (long groupId : joined) {
				result.memberships.add(new Object[] { groupId, (long) (i + 1) });
			}
		}
		return result;
	}

	private void add(long id, long platform, DemoGroup home, RoleCategory category, boolean official,
			SplittableRandom random) {
		String first = DemoCatalogue.FIRST_NAMES.get(random.nextInt(DemoCatalogue.FIRST_NAMES.size()));
		String last = DemoCatalogue.LAST_NAMES.get(random.nextInt(DemoCatalogue.LAST_NAMES.size()));
		String externalId = switch ((int) platform) {
			case 1 -> String.format("%08d", 10_000_000 + id);
			case 2 -> String.format("u%025x", id * 2_654_435_761L);
			case 3 -> "@" + first.toLowerCase() + "." + last.toLowerCase() + id + ":dcr.example.gov";
			default -> "+1202555" + String.format("%04d", id % 10_000);
		};
		int roll = random.nextInt(100);
		AccountStatus status = (roll < 90) ? AccountStatus.ACTIVE
				: (roll < 96) ? AccountStatus.PENDING : AccountStatus.SUSPENDED;
		this.accounts.add(new Object[] { id, platform, home.organizationId(), externalId, first + " " + last,
				title(category, random), category.name(), official, status.name() });
	}

	private static long pickPlatform(SplittableRandom random) {
		int roll = random.nextInt(100);
		return (roll < 60) ? 1 : (roll < 85) ? 2 : 3;
	}

	private static RoleCategory category(int index, boolean whatsapp, SplittableRandom random) {
		if (index < 40) {
			return DemoDataGenerator.capstone(index);
		}
		if (whatsapp) {
			return (index % 6 == 0) ? RoleCategory.CAPSTONE_3 : RoleCategory.GENERAL;
		}
		int roll = random.nextInt(1000);
		if (roll < 8) {
			return DemoDataGenerator.capstone(roll);
		}
		return (roll < 760) ? RoleCategory.GENERAL : RoleCategory.ADMINISTRATIVE;
	}

	private static String title(RoleCategory category, SplittableRandom random) {
		if (category.isCapstone()) {
			return DemoCatalogue.CAPSTONE_TITLES.get(category.ordinal());
		}
		List<String> titles = (category == RoleCategory.GENERAL) ? DemoCatalogue.GENERAL_TITLES
				: DemoCatalogue.ADMIN_TITLES;
		return titles.get(random.nextInt(titles.size()));
	}

	List<Object[]> accountRows() {
		return this.accounts;
	}

	List<Object[]> membershipRows() {
		return this.memberships;
	}

}
