package gov.records.governance.demo;

import gov.records.governance.groups.RoleCategory;
import gov.records.governance.platforms.PlatformKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the demo department into an empty database with JDBC batch inserts.
 * Deterministic: the same size always gives the same rows (fixed seed, fixed dates, ids
 * assigned here). Organizations, platforms, groups with their settings histories,
 * accounts and memberships are written here; the records catalogue, the hold and the user
 * scopes by {@link DemoRecordsWriter}.
 */
@Component
class DemoDataGenerator {

	static final Instant EPOCH = Instant.parse("2024-01-15T00:00:00Z");

	private static final long SEED = 20_261_122L;

	/** The demo\'s Slack grid (platform 5). */
	static final int SLACK = 5;

	private static final int DAY = 86_400;

	private final JdbcTemplate jdbc;

	private final DemoRecordsWriter records;

	DemoDataGenerator(JdbcTemplate jdbc, DemoRecordsWriter records) {
		this.jdbc = jdbc;
		this.records = records;
	}

	/** Writes everything in one transaction and returns the organization ids by code. */
	@Transactional
	public Map<String, Long> generate(DemoSize size) {
		SplittableRandom random = new SplittableRandom(SEED);
		DemoOrganizations orgs = DemoOrganizations.build(size);
		BatchInserts inserts = new BatchInserts(this.jdbc);
		inserts.insert(
				"insert into organization (id, parent_id, code, name, kind, depth, tree_left, tree_right) values (?, ?, ?, ?, ?, ?, 0, 0)",
				orgs.rows());
		inserts.insert("""
				insert into platform (id, name, kind, sanctioned, base_url, external_id, credential_ref,
				                      sync_interval_seconds, description) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", platforms());
		jdbcUpdateSlackDefault();
		List<DemoGroup> groups = groups(size, orgs, random);
		// Slack's conversations come after every other group and from a random stream of
		// their own, so the rest of the department is the same as before Slack joined
		SplittableRandom slackRandom = new SplittableRandom(SEED + SLACK);
		List<DemoGroup> conversations = slackConversations(size, orgs, groups.size(), slackRandom);
		inserts.insert("""
				insert into messaging_group (id, platform_id, organization_id, external_id, name, created_at, version)
				values (?, ?, ?, ?, ?, ?, 0)
				""",
				java.util.stream.Stream.concat(groups.stream(), conversations.stream()).map(DemoGroup::row).toList());
		List<Object[]> versions = DemoPolicyHistory.versions(groups, random);
		inserts.insert("""
				insert into deletion_policy_version (id, group_id, auto_delete, max_lifetime_seconds,
				    burn_on_read_seconds, shredder_intensity, capture_enabled, valid_from, valid_to, changed_by,
				    reason, approved_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", versions);
		List<Object[]> slackVersions = DemoPolicyHistory.versions(conversations, slackRandom);
		for (Object[] row : slackVersions) {
			row[0] = (Long) row[0] + versions.size();
		}
		inserts.insert("""
				insert into deletion_policy_version (id, group_id, auto_delete, max_lifetime_seconds,
				    burn_on_read_seconds, shredder_intensity, capture_enabled, valid_from, valid_to, changed_by,
				    reason, approved_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", slackVersions);
		DemoAccounts accounts = DemoAccounts.build(size, groups, random);
		inserts.insert("""
				insert into account (id, platform_id, organization_id, external_id, display_name, position_title,
				                     role_category, official, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", accounts.accountRows());
		inserts.insert("insert into group_membership (group_id, account_id) values (?, ?)", accounts.membershipRows());
		this.records.write(inserts, orgs, groups);
		inserts.restartIdentities();
		inserts.analyze();
		return orgs.idsByCode();
	}

	private static List<Object[]> platforms() {
		return List.of(
				platform(1, "DCR Wickr Network", PlatformKind.WICKR, true,
						"https://admin.wickr.us-east-1.amazonaws.com", "21436587", "WICKR_DEMO",
						"AWS Wickr network for all components (premium tier)."),
				platform(2, "DCR Mattermost", PlatformKind.MATTERMOST, true, "https://chat.dcr.example.gov", "dcr-chat",
						"MATTERMOST_DEMO_TOKEN", "Self-hosted Mattermost Enterprise for program offices."),
				platform(3, "DCR Matrix", PlatformKind.MATRIX, true, "https://matrix.dcr.example.gov",
						"dcr.example.gov", "MATRIX_DEMO_TOKEN", "Synapse homeserver for field offices and partners."),
				platform(4, "WhatsApp (personal devices)", PlatformKind.OTHER, false, null, null, null,
						"Not sanctioned. Known from device inventories; copies must reach an official account within 20 days."),
				platform(SLACK, "DCR Slack Grid", PlatformKind.SLACK, true, "https://slack-gov.com", "E0DCRGRID",
						"SLACK_DEMO_TOKEN",
						"GovSlack Enterprise Grid for headquarters; a conversation without a custom retention follows "
								+ "the org default (keep everything), which Slack's API does not expose."));
	}

	private static Object[] platform(long id, String name, PlatformKind kind, boolean sanctioned, String url,
			String externalId, String credentialRef, String description) {
		return new Object[] { id, name, kind.name(), sanctioned, url, externalId, credentialRef, 300, description };
	}

	/** The org default of the demo's Slack grid, which its API does not expose. */
	private void jdbcUpdateSlackDefault() {
		this.jdbc.update("update platform set default_retention_days = -1 where id = ?", SLACK);
	}

	/**
	 * The Slack grid's conversations: one in a hundred groups, at least a dozen, in the
	 * offices in turn (ids after {@code before}).
	 */
	private static List<DemoGroup> slackConversations(DemoSize size, DemoOrganizations orgs, int before,
			SplittableRandom random) {
		int count = Math.max(12, size.groups() / 100);
		List<Long> offices = orgs.officeIds();
		List<DemoGroup> conversations = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			long office = offices.get(i % offices.size());
			String topic = DemoCatalogue.TOPICS.get(random.nextInt(DemoCatalogue.TOPICS.size()));
			// the office's code, then the channel name as Slack writes it (lower case,
			// dashes)
			String name = orgs.codeOf(office) + " #"
					+ (topic + "-" + (i / offices.size() + 1)).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
			int id = before + i + 1;
			conversations.add(new DemoGroup(id, SLACK, office, String.format("C%08X", id * 7_919L), name,
					EPOCH.plus(Duration.ofDays(random.nextInt(200)))));
		}
		return conversations;
	}

	private static List<DemoGroup> groups(DemoSize size, DemoOrganizations orgs, SplittableRandom random) {
		List<DemoGroup> groups = new ArrayList<>(size.groups() + 3);
		List<Long> offices = orgs.officeIds();
		for (int i = 0; i < size.groups(); i++) {
			long office = offices.get(i % offices.size());
			int roll = random.nextInt(100);
			long platform = (roll < 60) ? 1 : (roll < 85) ? 2 : 3;
			String topic = DemoCatalogue.TOPICS.get(random.nextInt(DemoCatalogue.TOPICS.size()));
			String name = orgs.codeOf(office) + " " + topic + " " + (i / offices.size() + 1);
			groups.add(new DemoGroup(i + 1, platform, office, externalId(platform, i + 1), name,
					EPOCH.plus(Duration.ofDays(random.nextInt(200)))));
		}
		for (int i = 0; i < 3; i++) {
			long office = offices.get(i);
			int id = size.groups() + i + 1;
			groups.add(new DemoGroup(id, 4, office, "wa-" + (120363000 + id), orgs.codeOf(office) + " WhatsApp chat",
					EPOCH.plus(Duration.ofDays(30L * i))));
		}
		return groups;
	}

	private static String externalId(long platform, int n) {
		return switch ((int) platform) {
			case 1 -> String.format("sg-%06d", n);
			case 2 -> String.format("team:%026x", n * 2_654_435_761L);
			default -> String.format("!r%08x:dcr.example.gov", n * 40_503);
		};
	}

	/** A generated group: its row values and what the later steps need. */
	record DemoGroup(long id, long platformId, long organizationId, String externalId, String name, Instant createdAt) {

		Object[] row() {
			return new Object[] { this.id, this.platformId, this.organizationId, this.externalId, this.name,
					BatchInserts.utc(this.createdAt) };
		}

	}

	static int days(int n) {
		return n * DAY;
	}

	static RoleCategory capstone(int index) {
		return RoleCategory.values()[index % 10];
	}

}
