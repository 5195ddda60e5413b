package gov.records.governance.dashboard;

import gov.records.governance.access.AppRoles;
import gov.records.governance.backends.BackendStatusService;
import gov.records.governance.backends.PlatformHealth;
import gov.records.governance.compliance.FindingConditions;
import gov.records.governance.compliance.FindingService;
import gov.records.governance.compliance.rules.DriftRule;
import gov.records.governance.compliance.rules.UnsanctionedPlatformRule;
import gov.records.governance.groups.GroupConditions;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.GroupService;
import gov.records.governance.holds.HoldRow;
import gov.records.governance.holds.HoldService;
import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.organizations.OrganizationTree;
import gov.records.governance.organizations.TreeRange;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the dashboard's figures within the current user's organization scope, one
 * grouped query per kind of figure, folded into components in memory. Every figure is
 * counted with the same conditions as the list its link opens ({@link GroupConditions},
 * open findings by severity and rule), so a number and its list agree (DD058). The
 * figures of a scope are counted at most once per {@code governance.dashboard
 * .figures-max-age} and shown with the moment they were counted (DD075): every user of
 * the same scope opening the dashboard then costs no query, and once they are older the
 * next users see them while one count runs in the background (DD077). A user waiting for
 * figures another user is counting holds no database connection: the count runs in a
 * read-only transaction of its own, started only when there is something to count (20
 * users waiting in a transaction each held every connection of the pool while the one
 * counting needed one more).
 */
@Service
@PreAuthorize(AppRoles.ANY_ROLE)
public class DashboardService {

	/** Days of trend, today included. */
	public static final int TREND_DAYS = 90;

	private static final OrganizationNode EMPTY = new OrganizationNode(0, null, "-", "No organization",
			OrganizationKind.OFFICE, 0, new TreeRange(0, 0));

	/**
	 * Groups with a version in force, by organization, with the capture and auto-delete
	 * counts; followed by the scope condition and the grouping.
	 */
	public static final String GROUPS_SQL = "select g.organization_id, count(*),"
			+ " sum(case when v.auto_delete = true and v.capture_enabled = false then 1 else 0 end),"
			+ " sum(case when v.capture_enabled = true then 1 else 0 end)"
			+ " from messaging_group g join organization o on o.id = g.organization_id"
			+ " join deletion_policy_version v on v.group_id = g.id and v.valid_to is null where ";

	/**
	 * Non-compliant groups ({@link GroupConditions#NON_COMPLIANT}: an open critical or
	 * high finding) with a version in force, by organization, in one pass over the open
	 * findings instead of one {@code exists} per group (DD058); followed by the scope
	 * condition and the grouping.
	 */
	public static final String NON_COMPLIANT_SQL = "select g.organization_id, count(distinct g.id) from finding nf"
			+ " join messaging_group g on g.id = nf.group_id join organization o on o.id = g.organization_id"
			+ " join deletion_policy_version v on v.group_id = g.id and v.valid_to is null" + " where "
			+ GroupConditions.OPEN_SEVERE_FINDING + " and ";

	/**
	 * {@link #GROUPS_SQL} as of a past moment (DD080): the version in force then; takes
	 * the moment twice before the scope's bounds.
	 */
	public static final String GROUPS_AT_SQL = "select g.organization_id, count(*),"
			+ " sum(case when v.auto_delete = true and v.capture_enabled = false then 1 else 0 end),"
			+ " sum(case when v.capture_enabled = true then 1 else 0 end)"
			+ " from messaging_group g join organization o on o.id = g.organization_id"
			+ " join deletion_policy_version v on v.group_id = g.id and " + GroupConditions.VERSION_IN_FORCE_AT
			+ " where ";

	/**
	 * {@link #NON_COMPLIANT_SQL} as of a past moment (DD080): a critical or high finding
	 * open then, on a group with a version in force then; takes the moment four times
	 * before the scope's bounds.
	 */
	public static final String NON_COMPLIANT_AT_SQL = "select g.organization_id, count(distinct g.id) from finding nf"
			+ " join messaging_group g on g.id = nf.group_id join organization o on o.id = g.organization_id"
			+ " join deletion_policy_version v on v.group_id = g.id and " + GroupConditions.VERSION_IN_FORCE_AT
			+ " where " + GroupConditions.SEVERE_FINDING + " and " + FindingConditions.openAt("nf") + " and ";

	/**
	 * Findings by organization, severity and rule, open now (no parameter) or at a past
	 * moment (the moment twice); followed by the scope condition and the grouping.
	 */
	public static String findingsSql(boolean past) {
		return "select f.organization_id, f.severity, f.rule_id, count(*) from finding f"
				+ " join organization o on o.id = f.organization_id where "
				+ (past ? FindingConditions.openAt("f") : "f.resolved_at is null") + " and ";
	}

	/**
	 * Change requests waiting for approval at a past moment: requested by then and not
	 * decided, withdrawn or blocked by then (each of these sets {@code decided_at});
	 * takes the moment twice. The Approvals list as of a date lists the same requests.
	 */
	public static final String PENDING_AT = "r.requested_at <= ? and (r.decided_at is null or r.decided_at > ?)";

	private final JdbcTemplate jdbc;

	private final FindingService findings;

	private final OrganizationService organizations;

	private final BackendStatusService backends;

	private final HoldService holds;

	private final Clock clock;

	private final GroupService groups;

	private final RecentByScope<DashboardFigures> recentFigures;

	private final RecentByScope<Map<GroupFilter.Attention, Long>> recentQueues;

	private final TransactionTemplate reading;

	DashboardService(JdbcTemplate jdbc, OrganizationService organizations, BackendStatusService backends,
			HoldService holds, GroupService groups, FindingService findings, Clock clock,
			DashboardProperties properties, PlatformTransactionManager transactions) {
		this.findings = findings;
		this.groups = groups;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.recentFigures = new RecentByScope<>("the dashboard's figures", properties.figuresMaxAge());
		this.recentQueues = new RecentByScope<>("the administrator's queue counts", properties.figuresMaxAge());
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.backends = backends;
		this.holds = holds;
		this.clock = clock;
	}

	/**
	 * The figures of the current user's scope, counted within the max age (by this user
	 * or another with the same scope) or now; {@link DashboardFigures#asOf()} says when.
	 */
	public DashboardFigures figures() {
		List<TreeRange> ranges = this.organizations.currentScopeRanges();
		return this.recentFigures.get(ranges, () -> read(() -> count(ranges, null)));
	}

	/**
	 * The figures of the current user's scope as they stood at the end of {@code day}
	 * (UTC), from the kept history (DD080): groups with the settings then in force,
	 * findings open then, approvals pending then, holds active then, and the 90 days of
	 * trend up to that day. Platform health is kept for the present only and is the
	 * present's; accounts per platform have no history and are not counted (zero).
	 * Counted on every call, never kept: the past is asked for rarely, and a day that has
	 * not ended yet still changes.
	 */
	public DashboardFigures figuresAsOf(LocalDate day) {
		List<TreeRange> ranges = this.organizations.currentScopeRanges();
		return read(() -> count(ranges, day));
	}

	private DashboardFigures count(List<TreeRange> ranges, @Nullable LocalDate day) {
		Instant now = (day == null) ? this.clock.instant()
				: day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
		Object[] moment = (day == null) ? new Object[0] : new Object[] { Timestamp.from(now), Timestamp.from(now) };
		OrganizationTree visible = this.organizations.visibleTree();
		List<OrganizationNode> components = components(visible);
		Map<Long, Integer> componentOf = componentIndex(visible, components);
		int n = components.size();
		long[][] counts = new long[n][8];
		long[][] trend = new long[n][TREND_DAYS + 1];
		List<PlatformFigures> platforms = new ArrayList<>();
		long pending = 0;
		if (!ranges.isEmpty()) {
			String scope = scope(ranges);
			Object[] bounds = bounds(ranges);
			countGroups(scope, bounds, moment, componentOf, counts);
			countFindings(scope, bounds, moment, componentOf, counts);
			countTrend(scope, bounds, componentOf, trend, now);
			platforms = platforms(scope, bounds, moment);
			pending = this.jdbc.queryForObject("select count(*) from change_request r"
					+ " join messaging_group g on g.id = r.group_id join organization o on o.id = g.organization_id"
					+ " where " + ((day == null) ? "r.status = 'PENDING'" : PENDING_AT) + " and " + scope, Long.class,
					join(moment, bounds));
		}
		List<Scorecard> cards = new ArrayList<>();
		long[] sum = new long[8];
		long[] sumTrend = new long[TREND_DAYS];
		for (int i = 0; i < n; i++) {
			List<Long> days = days(trend[i]);
			cards.add(card(components.get(i), counts[i], days));
			for (int k = 0; k < 8; k++) {
				sum[k] += counts[i][k];
			}
			for (int d = 0; d < TREND_DAYS; d++) {
				sumTrend[d] += days.get(d);
			}
		}
		OrganizationNode top = visible.roots().isEmpty() ? EMPTY : visible.roots().get(0);
		Scorecard total = card(top, sum, java.util.Arrays.stream(sumTrend).boxed().toList());
		long activeHolds = (day == null) ? this.holds.list().stream().filter(HoldRow::active).count()
				: this.holds.activeAt(now).size();
		Instant findingsFrom = null;
		Instant settingsFrom = null;
		if (day != null) {
			// the earliest check or finding and the earliest settings version: a day
			// before
			// them has figures the history cannot give (DD080)
			findingsFrom = this.findings.keptFrom();
			settingsFrom = earliest("select min(valid_from) from deletion_policy_version");
		}
		return new DashboardFigures(now, day, cards, total, platforms, pending, activeHolds, findingsFrom,
				settingsFrom);
	}

	/** The components the user sees; a user bound below a component sees its roots. */
	static List<OrganizationNode> components(OrganizationTree visible) {
		List<OrganizationNode> components = visible.all()
			.stream()
			.filter((node) -> node.kind() == OrganizationKind.COMPONENT)
			.sorted(java.util.Comparator.comparing(OrganizationNode::name))
			.toList();
		if (!components.isEmpty()) {
			return components;
		}
		return visible.roots();
	}

	private static Map<Long, Integer> componentIndex(OrganizationTree visible, List<OrganizationNode> components) {
		Map<Long, Integer> index = new HashMap<>();
		for (OrganizationNode node : visible.all()) {
			for (int i = 0; i < components.size(); i++) {
				if (components.get(i).range().contains(node.range())) {
					index.put(node.id(), i);
				}
			}
		}
		return index;
	}

	private void countGroups(String scope, Object[] bounds, Object[] moment, Map<Long, Integer> componentOf,
			long[][] counts) {
		boolean past = moment.length > 0;
		this.jdbc.query((past ? GROUPS_AT_SQL : GROUPS_SQL) + scope + " group by g.organization_id", (ResultSet rs) -> {
			Integer c = componentOf.get(rs.getLong(1));
			if (c != null) {
				counts[c][0] += rs.getLong(2);
				counts[c][1] += rs.getLong(2);
				counts[c][4] += rs.getLong(3);
				counts[c][7] += rs.getLong(4);
			}
		}, join(moment, bounds));
		this.jdbc.query((past ? NON_COMPLIANT_AT_SQL : NON_COMPLIANT_SQL) + scope + " group by g.organization_id",
				(ResultSet rs) -> {
					Integer c = componentOf.get(rs.getLong(1));
					if (c != null) {
						counts[c][1] -= rs.getLong(2);
					}
				}, join(moment, join(moment, bounds)));
	}

	private void countFindings(String scope, Object[] bounds, Object[] moment, Map<Long, Integer> componentOf,
			long[][] counts) {
		this.jdbc.query(findingsSql(moment.length > 0) + scope + " group by f.organization_id, f.severity, f.rule_id",
				(ResultSet rs) -> {
					Integer c = componentOf.get(rs.getLong(1));
					if (c == null) {
						return;
					}
					String severity = rs.getString(2);
					String rule = rs.getString(3);
					long count = rs.getLong(4);
					if ("CRITICAL".equals(severity)) {
						counts[c][2] += count;
					}
					else if ("HIGH".equals(severity)) {
						counts[c][3] += count;
					}
					if (DriftRule.INFO.id().equals(rule)) {
						counts[c][5] += count;
					}
					else if (UnsanctionedPlatformRule.INFO.id().equals(rule)) {
						counts[c][6] += count;
					}
				}, join(moment, bounds));
	}

	/**
	 * Open critical and high findings at the end of each day: +1 on the day a finding was
	 * first seen, -1 on the day after it was resolved, summed up.
	 */
	private void countTrend(String scope, Object[] bounds, Map<Long, Integer> componentOf, long[][] trend,
			Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		LocalDate first = today.minusDays(TREND_DAYS - 1);
		Object[] params = new Object[bounds.length + 1];
		params[0] = Timestamp.from(first.atStartOfDay(ZoneOffset.UTC).toInstant());
		System.arraycopy(bounds, 0, params, 1, bounds.length);
		this.jdbc.query("select f.organization_id, f.first_seen, f.resolved_at from finding f"
				+ " join organization o on o.id = f.organization_id where f.severity in ('CRITICAL', 'HIGH')"
				+ " and (f.resolved_at is null or f.resolved_at >= ?) and " + scope, (ResultSet rs) -> {
					Integer c = componentOf.get(rs.getLong(1));
					if (c == null) {
						return;
					}
					int from = day(first, rs.getTimestamp(2).toInstant());
					Timestamp resolved = rs.getTimestamp(3);
					int to = (resolved == null) ? TREND_DAYS : day(first, resolved.toInstant());
					if (to <= from || from >= TREND_DAYS) {
						return;
					}
					trend[c][Math.max(0, from)]++;
					trend[c][Math.min(TREND_DAYS, to)]--;
				}, params);
	}

	/** The index of the day an instant falls on, counted from the first day. */
	private static int day(LocalDate first, Instant at) {
		return (int) java.time.temporal.ChronoUnit.DAYS.between(first, LocalDate.ofInstant(at, ZoneOffset.UTC));
	}

	private static List<Long> days(long[] deltas) {
		List<Long> days = new ArrayList<>(TREND_DAYS);
		long open = 0;
		for (int d = 0; d < TREND_DAYS; d++) {
			open += deltas[d];
			days.add(open);
		}
		return days;
	}

	/**
	 * Each platform's groups, accounts and open drift in scope, now or (with a moment) at
	 * a past moment: groups with a version in force then, drift open then, and no
	 * accounts (accounts keep no history).
	 */
	private List<PlatformFigures> platforms(String scope, Object[] bounds, Object[] moment) {
		boolean past = moment.length > 0;
		Map<Long, long[]> byPlatform = new LinkedHashMap<>();
		this.jdbc.query("select g.platform_id, count(*) from messaging_group g"
				+ " join organization o on o.id = g.organization_id"
				+ (past ? " join deletion_policy_version v on v.group_id = g.id and "
						+ GroupConditions.VERSION_IN_FORCE_AT : "")
				+ " where " + scope + " group by g.platform_id", (ResultSet rs) -> {
					byPlatform.computeIfAbsent(rs.getLong(1), (k) -> new long[3])[0] = rs.getLong(2);
				}, join(moment, bounds));
		if (!past) {
			this.jdbc.query("select a.platform_id, count(*) from account a"
					+ " join organization o on o.id = a.organization_id where " + scope + " group by a.platform_id",
					(ResultSet rs) -> {
						byPlatform.computeIfAbsent(rs.getLong(1), (k) -> new long[3])[1] = rs.getLong(2);
					}, bounds);
		}
		this.jdbc.query(
				"select f.platform_id, count(*) from finding f join organization o on o.id = f.organization_id"
						+ " where " + (past ? FindingConditions.openAt("f") : "f.resolved_at is null")
						+ " and f.rule_id = '" + DriftRule.INFO.id() + "' and " + scope + " group by f.platform_id",
				(ResultSet rs) -> {
					byPlatform.computeIfAbsent(rs.getLong(1), (k) -> new long[3])[2] = rs.getLong(2);
				}, join(moment, bounds));
		List<PlatformFigures> out = new ArrayList<>();
		for (PlatformHealth health : this.backends.platforms()) {
			long[] f = byPlatform.getOrDefault(health.platform().id(), new long[3]);
			out.add(new PlatformFigures(health, f[0], f[1], f[2]));
		}
		return out;
	}

	/**
	 * The administrator's queue: groups in scope needing attention, by reason (counted by
	 * the Groups list's own filter, within the max age like the figures), and the user's
	 * latest requests within its scope (read on every call: they are the user's own).
	 */
	public QueueFigures queue(String username, int latest) {
		List<TreeRange> ranges = this.organizations.currentScopeRanges();
		Map<GroupFilter.Attention, Long> counts = this.recentQueues.get(ranges, () -> read(() -> {
			Map<GroupFilter.Attention, Long> byReason = new java.util.EnumMap<>(GroupFilter.Attention.class);
			for (GroupFilter.Attention a : GroupFilter.Attention.values()) {
				byReason.put(a, this.groups.count(GroupFilter.none().withAttention(a)));
			}
			return Map.copyOf(byReason);
		}));
		List<OwnRequest> own = List.of();
		if (!ranges.isEmpty()) {
			Object[] bounds = bounds(ranges);
			Object[] params = new Object[bounds.length + 1];
			params[0] = username;
			System.arraycopy(bounds, 0, params, 1, bounds.length);
			own = this.jdbc.query("select r.id, g.id, g.name, r.status, r.requested_at, r.decided_by, r.decided_at"
					+ " from change_request r join messaging_group g on g.id = r.group_id"
					+ " join organization o on o.id = g.organization_id where r.requested_by = ? and " + scope(ranges)
					+ " order by r.requested_at desc, r.id desc offset 0 rows fetch next "
					+ Math.max(1, Math.min(latest, 50)) + " rows only", (rs, n) -> {
						Timestamp decided = rs.getTimestamp(7);
						return new OwnRequest(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
								rs.getTimestamp(5).toInstant(), rs.getString(6),
								(decided != null) ? decided.toInstant() : null);
					}, params);
		}
		return new QueueFigures(counts, own);
	}

	/** The user's share of every platform, for the Platforms view (Found 6). */
	@Transactional(readOnly = true)
	public Map<Long, PlatformFigures> platformsInScope() {
		List<TreeRange> ranges = this.organizations.currentScopeRanges();
		Map<Long, PlatformFigures> out = new LinkedHashMap<>();
		if (ranges.isEmpty()) {
			return out;
		}
		for (PlatformFigures f : platforms(scope(ranges), bounds(ranges), new Object[0])) {
			out.put(f.health().platform().id(), f);
		}
		return out;
	}

	/** Runs a count in a read-only transaction (one connection for all its queries). */
	private <T> T read(java.util.function.Supplier<T> count) {
		return java.util.Objects.requireNonNull(this.reading.execute((status) -> count.get()));
	}

	private static Scorecard card(OrganizationNode component, long[] c, List<Long> trend) {
		return new Scorecard(component, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], trend);
	}

	private static String scope(List<TreeRange> ranges) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < ranges.size(); i++) {
			parts.add("o.tree_left between ? and ?");
		}
		return "(" + String.join(" or ", parts) + ")";
	}

	private @Nullable Instant earliest(String sql) {
		Timestamp earliest = this.jdbc.queryForObject(sql, Timestamp.class);
		return (earliest != null) ? earliest.toInstant() : null;
	}

	/** The parameters {@code first} followed by {@code then}. */
	private static Object[] join(Object[] first, Object[] then) {
		Object[] all = java.util.Arrays.copyOf(first, first.length + then.length);
		System.arraycopy(then, 0, all, first.length, then.length);
		return all;
	}

	private static Object[] bounds(List<TreeRange> ranges) {
		Object[] bounds = new Object[ranges.size() * 2];
		for (int i = 0; i < ranges.size(); i++) {
			bounds[2 * i] = ranges.get(i).from();
			bounds[2 * i + 1] = ranges.get(i).to();
		}
		return bounds;
	}

}
