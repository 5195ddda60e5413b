package gov.records.governance.compliance;

import gov.records.governance.compliance.rules.AccountFacts;
import gov.records.governance.compliance.rules.AccountRef;
import gov.records.governance.compliance.rules.CaptureState;
import gov.records.governance.compliance.rules.LiveState;
import gov.records.governance.groups.AccountStatus;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.DeletionSettingsRow;
import gov.records.governance.groups.PlatformControls;
import gov.records.governance.groups.MembershipScan;
import gov.records.governance.groups.RoleCategory;
import gov.records.governance.holds.HoldKind;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.schedules.Disposition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the facts the rules need with a handful of set-based queries: the whole
 * department for a full run (25,000 groups in well under a second on H2), or a few groups
 * after a change. A read model over the groups, schedules, holds and platforms tables;
 * see DD009.
 */
@Component
class ComplianceFactsLoader {

	private final JdbcClient jdbc;

	private final OrganizationService organizations;

	private final ComplianceProperties properties;

	private final Clock clock;

	private final MembershipScan membershipScan;

	ComplianceFactsLoader(JdbcClient jdbc, OrganizationService organizations, ComplianceProperties properties,
			Clock clock, MembershipScan memberships) {
		this.membershipScan = memberships;
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.properties = properties;
		this.clock = clock;
	}

	ComplianceCatalog catalog() {
		return catalog(this.clock.instant(), false);
	}

	/**
	 * The catalog in force at a moment: schedule items in force that day, holds active
	 * then, and (for a past moment) only the assignments made by then, with capture
	 * health as it was reported by then (see DD041).
	 */
	ComplianceCatalog catalog(Instant at, boolean past) {
		LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
		Map<Long, ScheduleItemRef> items = new HashMap<>();
		this.jdbc.sql("""
				select i.id, s.code, i.item_number, i.title, i.disposition, i.min_retention, i.authority
				from schedule_item i join records_schedule s on s.id = i.schedule_id
				where i.effective_from <= ? and (i.effective_to is null or i.effective_to > ?)
				""").params(today, today).query((rs) -> {
			items.put(rs.getLong(1), new ScheduleItemRef(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getString(4), Disposition.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)));
		});
		Map<Long, List<ScheduleItemRef>> byGroup = new HashMap<>();
		Map<Long, List<ScheduleItemRef>> byOrg = new HashMap<>();
		Map<RoleCategory, List<ScheduleItemRef>> byRole = new HashMap<>();
		this.jdbc.sql(
				"select schedule_item_id, target_kind, group_id, organization_id, role_category from schedule_assignment"
						+ (past ? " where assigned_at <= ?" : ""))
			.params(past ? List.of(Timestamp.from(at)) : List.of())
			.query((rs) -> {
				ScheduleItemRef item = items.get(rs.getLong(1));
				if (item == null) {
					return;
				}
				switch (rs.getString(2)) {
					case "GROUP" -> byGroup.computeIfAbsent(rs.getLong(3), (k) -> new ArrayList<>()).add(item);
					case "ORGANIZATION" -> byOrg.computeIfAbsent(rs.getLong(4), (k) -> new ArrayList<>()).add(item);
					default -> byRole.computeIfAbsent(RoleCategory.valueOf(rs.getString(5)), (k) -> new ArrayList<>())
						.add(item);
				}
			});
		return new ComplianceCatalog(this.organizations.fullTree(), byGroup, byOrg, byRole, activeHolds(at),
				platforms(at));
	}

	private List<ComplianceCatalog.ActiveHold> activeHolds(Instant now) {
		Map<Long, HoldRef> holds = new HashMap<>();
		this.jdbc.sql("""
				select id, case_reference, kind, title from legal_hold
				where started_at <= ? and (released_at is null or released_at > ?)
				""").params(Timestamp.from(now), Timestamp.from(now)).query((rs) -> {
			holds.put(rs.getLong(1),
					new HoldRef(rs.getLong(1), rs.getString(2), HoldKind.valueOf(rs.getString(3)), rs.getString(4)));
		});
		Map<Long, Set<Long>> orgs = new HashMap<>();
		Map<Long, Set<Long>> groups = new HashMap<>();
		Map<Long, Set<Long>> accounts = new HashMap<>();
		this.jdbc.sql("select hold_id, scope_kind, account_id, group_id, organization_id from legal_hold_scope")
			.query((rs) -> {
				long hold = rs.getLong(1);
				if (!holds.containsKey(hold)) {
					return;
				}
				switch (rs.getString(2)) {
					case "ACCOUNT" -> accounts.computeIfAbsent(hold, (k) -> new HashSet<>()).add(rs.getLong(3));
					case "GROUP" -> groups.computeIfAbsent(hold, (k) -> new HashSet<>()).add(rs.getLong(4));
					default -> orgs.computeIfAbsent(hold, (k) -> new HashSet<>()).add(rs.getLong(5));
				}
			});
		for (Map.Entry<Long, Set<Long>> entry : accounts.entrySet()) {
			String in = entry.getValue().stream().map(String::valueOf).collect(Collectors.joining(","));
			this.jdbc.sql("select distinct group_id from group_membership where account_id in (" + in + ")")
				.query(Long.class)
				.list()
				.forEach((g) -> groups.computeIfAbsent(entry.getKey(), (k) -> new HashSet<>()).add(g));
		}
		return holds.values()
			.stream()
			.map((h) -> new ComplianceCatalog.ActiveHold(h, orgs.getOrDefault(h.id(), Set.of()),
					groups.getOrDefault(h.id(), Set.of())))
			.toList();
	}

	/**
	 * Each platform's capture health at a moment. Only the last report is kept: a report
	 * made after the moment says nothing about staleness then, so it counts as fresh,
	 * with its failures and the backend's capture switch as they are now (DD041).
	 */
	private Map<Long, ComplianceCatalog.Platform> platforms(Instant at) {
		Instant staleBefore = at.minus(this.properties.captureStaleAfter());
		Map<Long, ComplianceCatalog.Platform> platforms = new HashMap<>();
		this.jdbc.sql("""
				select p.id, p.name, p.sanctioned, h.last_report_at, h.received, h.saved, h.failed,
				       s.capture_supported, s.capture_enabled, s.capture_detail
				from platform p left join capture_health h on h.platform_id = p.id
				left join platform_sync s on s.platform_id = p.id
				""").query((rs) -> {
			Timestamp last = rs.getTimestamp(4);
			String backendOff = (rs.getBoolean(8) && !rs.getBoolean(9)) ? rs.getString(10) : null;
			CaptureState capture = (last == null) ? new CaptureState(null, true, false, backendOff) : new CaptureState(
					last.toInstant(), last.toInstant().isBefore(staleBefore), rs.getLong(7) > 0, backendOff);
			platforms.put(rs.getLong(1),
					new ComplianceCatalog.Platform(rs.getLong(1), rs.getString(2), rs.getBoolean(3), capture));
		});
		return platforms;
	}

	/**
	 * The groups to evaluate (all when {@code ids} is null) with their current settings.
	 * All of them are read as two scans joined in memory (the current versions, then the
	 * groups): joined in SQL, H2 walks the groups and looks each one's current version up
	 * through an index, several times slower on the large data set (DD067).
	 */
	List<GroupState> groups(@Nullable Set<Long> ids) {
		if (ids != null) {
			return this.jdbc.sql("""
					select g.id, g.name, g.organization_id, g.platform_id, v.auto_delete, v.max_lifetime_seconds,
					       v.burn_on_read_seconds, v.shredder_intensity, v.capture_enabled, v.reason
					from messaging_group g join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
					""" + restrict("g.id", ids)).query(ComplianceFactsLoader::groupState).list();
		}
		Map<Long, GroupState> versions = new HashMap<>();
		this.jdbc.sql("""
				select group_id, auto_delete, max_lifetime_seconds, burn_on_read_seconds, shredder_intensity,
				       capture_enabled, reason
				from deletion_policy_version where valid_to is null
				""").query((rs) -> {
			DeletionSettings settings = DeletionSettingsRow.read(rs, 2);
			versions.put(rs.getLong(1), new GroupState(rs.getLong(1), "", 0, 0, settings, rs.getString(7)));
		});
		List<GroupState> groups = new ArrayList<>(versions.size());
		this.jdbc.sql("select id, name, organization_id, platform_id from messaging_group").query((rs) -> {
			GroupState version = versions.get(rs.getLong(1));
			if (version != null) {
				groups.add(new GroupState(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
						version.settings(), version.reason()));
			}
		});
		return groups;
	}

	/**
	 * Every group created by a past moment with the settings version in force then (one
	 * scan of the versions, joined in memory: H2 looks each group's version up through an
	 * index several times slower).
	 */
	List<GroupState> groupsAsOf(Instant at) {
		Timestamp then = Timestamp.from(at);
		Map<Long, GroupState> versions = new HashMap<>();
		this.jdbc.sql("""
				select group_id, auto_delete, max_lifetime_seconds, burn_on_read_seconds, shredder_intensity,
				       capture_enabled, reason
				from deletion_policy_version where valid_from <= ? and (valid_to is null or valid_to > ?)
				""").params(then, then).query((rs) -> {
			DeletionSettings settings = DeletionSettingsRow.read(rs, 2);
			versions.put(rs.getLong(1), new GroupState(rs.getLong(1), "", 0, 0, settings, rs.getString(7)));
		});
		List<GroupState> groups = new ArrayList<>(versions.size());
		this.jdbc.sql("select id, name, organization_id, platform_id from messaging_group where created_at <= ?")
			.param(then)
			.query((rs) -> {
				GroupState version = versions.get(rs.getLong(1));
				if (version != null) {
					groups.add(new GroupState(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
							version.settings(), version.reason()));
				}
			});
		return groups;
	}

	/**
	 * The role categories present among each group's accounts, and its Capstone officials
	 * (sorted by account). A full run reads the accounts' categories and the memberships
	 * once each and joins them here: on 250,000 accounts that is a fraction of what the
	 * same join costs in the database. A few groups are joined in SQL.
	 */
	Memberships memberships(@Nullable Set<Long> ids) {
		Map<Long, Set<RoleCategory>> roles = new HashMap<>();
		Map<Long, List<AccountRef>> capstone = new HashMap<>();
		if (ids == null) {
			Map<Long, String> names = new HashMap<>();
			this.jdbc.sql("select id, display_name from account where role_category like 'CAPSTONE%'").query((rs) -> {
				names.put(rs.getLong(1), rs.getString(2));
			});
			this.membershipScan
				.scan((group, account, category) -> add(roles, capstone, group, account, category, names.get(account)));
		}
		else {
			this.jdbc.sql("""
					select m.group_id, a.id, a.role_category, a.display_name
					from group_membership m join account a on a.id = m.account_id
					where m.group_id in (""" + joined(ids) + ")").query((rs) -> {
				add(roles, capstone, rs.getLong(1), rs.getLong(2), RoleCategory.valueOf(rs.getString(3)),
						rs.getString(4));
			});
		}
		capstone.values().forEach((list) -> list.sort(java.util.Comparator.comparingLong(AccountRef::id)));
		return new Memberships(roles, capstone);
	}

	private static void add(Map<Long, Set<RoleCategory>> roles, Map<Long, List<AccountRef>> capstone, long group,
			long account, RoleCategory category, @Nullable String name) {
		roles.computeIfAbsent(group, (k) -> EnumSet.noneOf(RoleCategory.class)).add(category);
		if (category.isCapstone()) {
			capstone.computeIfAbsent(group, (k) -> new ArrayList<>())
				.add(new AccountRef(account, (name != null) ? name : "", category));
		}
	}

	/**
	 * The NA-1005 form behind each designated account's Capstone category (account id to
	 * form number), for the effective-policy explanation.
	 */
	Map<Long, String> designationForms() {
		Map<Long, String> forms = new HashMap<>();
		this.jdbc.sql("""
				select d.account_id, f.form_number from capstone_designation d
				join capstone_form f on f.id = d.form_id where d.ended_at is null
				""").query((rs) -> {
			forms.put(rs.getLong(1), rs.getString(2));
		});
		return forms;
	}

	/**
	 * The retention lock in force on each locked group, as a policy source (DD052).
	 */
	Map<Long, PolicySource> groupLocks() {
		Map<Long, PolicySource> locks = new HashMap<>();
		this.jdbc.sql("""
				select l.group_id, l.id, l.min_retention, l.locked_by from retention_lock l
				where l.target_kind = 'GROUP' and l.replaced_at is null
				""").query((rs) -> {
			String text = rs.getString(3);
			Requirement requirement = "PERMANENT".equals(text) ? Requirement.PERMANENT
					: Requirement.period(Requirement.parse(text));
			locks.put(rs.getLong(1),
					new PolicySource(PolicySource.Kind.LOCK,
							"retention lock " + rs.getLong(2) + " (keep "
									+ requirement.label().toLowerCase(java.util.Locale.ROOT) + ", locked by "
									+ rs.getString(4) + ")",
							requirement, false));
		});
		return locks;
	}

	/** Each group's role categories and Capstone officials. */
	record Memberships(Map<Long, Set<RoleCategory>> roles, Map<Long, List<AccountRef>> capstone) {
	}

	/**
	 * How long a push may be on its way before a backend still differing from the
	 * governed settings counts as drift again.
	 */
	static final Duration PUSH_GRACE = Duration.ofHours(1);

	/**
	 * Each group's live settings as its backend last reported them, and whether a push is
	 * still on its way.
	 */
	Map<Long, LiveState> live(@Nullable Set<Long> ids) {
		Map<Long, LiveState> live = new HashMap<>();
		String where = (ids == null) ? "" : " and l.group_id in (" + joined(ids) + ")";
		this.jdbc.sql("""
				select l.group_id, p.kind, l.auto_delete, l.max_lifetime_seconds, l.burn_on_read_seconds,
				       l.shredder_intensity, l.capture_enabled, l.observed_at,
				       exists (select 1 from outbox o where o.group_id = l.group_id and o.status = 'PENDING'
				               and o.created_at > ?),
				""" + PlatformControls.FAILED_PUSH_SQL + """
				from live_group_state l join platform p on p.id = l.platform_id
				where l.group_id is not null""" + where)
			.param(Timestamp.from(this.clock.instant().minus(PUSH_GRACE)))
			.query((rs) -> {
				DeletionSettings settings = DeletionSettingsRow.read(rs, 3);
				live.put(rs.getLong(1), new LiveState(PlatformKind.valueOf(rs.getString(2)), settings,
						rs.getTimestamp(8).toInstant(), rs.getBoolean(9), rs.getString(10)));
			});
		return live;
	}

	/**
	 * Accounts on unsanctioned platforms, with their device-inventory sightings. The
	 * platforms are named from a map: joined with {@code platform}, H2 scanned every
	 * account row instead of using the index on the account's platform (DD067).
	 */
	List<AccountFacts> unsanctionedAccounts() {
		Map<Long, String> unsanctioned = new HashMap<>();
		this.jdbc.sql("select id, name from platform where sanctioned = false").query((rs) -> {
			unsanctioned.put(rs.getLong(1), rs.getString(2));
		});
		if (unsanctioned.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select a.id, a.display_name, a.role_category, a.organization_id, a.platform_id, a.status, a.official,
				       count(s.id), max(s.last_seen)
				from account a left join app_sighting s on s.account_id = a.id
				where a.platform_id in (%s)
				group by a.id, a.display_name, a.role_category, a.organization_id, a.platform_id, a.status, a.official
				""".formatted(joined(unsanctioned.keySet()))).query((rs, n) -> {
			Timestamp lastSeen = rs.getTimestamp(9);
			return new AccountFacts(rs.getLong(1), rs.getString(2), RoleCategory.valueOf(rs.getString(3)),
					rs.getLong(4), rs.getLong(5), unsanctioned.get(rs.getLong(5)),
					AccountStatus.valueOf(rs.getString(6)), rs.getBoolean(7), rs.getInt(8),
					(lastSeen == null) ? null : lastSeen.toInstant());
		}).list();
	}

	/** A group's identity and current settings. */
	record GroupState(long id, String name, long organizationId, long platformId, DeletionSettings settings,
			@Nullable String reason) {
	}

	private static GroupState groupState(ResultSet rs, int row) throws SQLException {
		DeletionSettings settings = DeletionSettingsRow.read(rs, 5);
		return new GroupState(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), settings, rs.getString(10));
	}

	private static String restrict(String column, @Nullable Set<Long> ids) {
		return (ids == null) ? "" : " where " + column + " in (" + joined(ids) + ")";
	}

	/**
	 * Ids are longs from our own queries, never user text, so they may be written into
	 * the SQL.
	 */
	private static String joined(Set<Long> ids) {
		return ids.isEmpty() ? "-1" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

}
