package gov.records.governance.reports.evidence;

import gov.records.governance.compliance.FindingConditions;
import gov.records.governance.compliance.EffectivePolicy;
import gov.records.governance.compliance.PolicySource;
import gov.records.governance.compliance.Requirement;
import gov.records.governance.compliance.rules.CaptureStaleRule;
import gov.records.governance.compliance.rules.HoldAutoDeleteRule;
import gov.records.governance.compliance.rules.LifetimeBelowRetentionRule;
import gov.records.governance.compliance.rules.UnscheduledAutoDeleteRule;
import gov.records.governance.compliance.rules.Violation;
import gov.records.governance.groups.MembershipScan;
import gov.records.governance.groups.RoleCategory;
import gov.records.governance.reports.content.Column;
import gov.records.governance.reports.content.DataTable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tables of the reports, each an ordered query over the history as of a moment,
 * scoped to an organization subtree, read through a cursor when a format is written.
 * Nothing here reads the clock: the same parameters give the same rows.
 */
final class EvidenceTables {

	private final JdbcTemplate jdbc;

	private final ReportScope scope;

	private final MembershipScan memberships;

	EvidenceTables(JdbcTemplate jdbc, ReportScope scope, MembershipScan memberships) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.memberships = memberships;
	}

	/** Schedule items in force on the as-of day. */
	DataTable schedules(Instant asOf) {
		LocalDate day = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
		return new DataTable("schedules", "Schedule items in force on " + day,
				List.of(Column.of("schedule", "Schedule"), Column.of("item", "Item"), Column.of("title", "Title"),
						Column.of("authority", "Disposition authority"), Column.of("disposition", "Disposition"),
						Column.of("minRetention", "Minimum retention"), Column.of("effectiveFrom", "In force from"),
						Column.dataOnly("effectiveTo", "In force until")),
				() -> this.jdbc.queryForStream("""
						select s.code, i.item_number, i.title, i.authority, i.disposition, i.min_retention,
						       i.effective_from, i.effective_to
						from schedule_item i join records_schedule s on s.id = i.schedule_id
						where i.effective_from <= ? and (i.effective_to is null or i.effective_to > ?)
						order by s.code, i.item_number
						""",
						(rs, n) -> Rows.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
								rs.getString(5), rs.getString(6), String.valueOf(rs.getDate(7)),
								(rs.getDate(8) != null) ? String.valueOf(rs.getDate(8)) : null),
						day, day));
	}

	/** Schedule assignments made by the as-of moment that reach the scope. */
	DataTable assignments(Instant asOf) {
		List<Object> params = new ArrayList<>();
		params.add(Rows.at(asOf));
		String groupScope = this.scope.sql("go", params);
		String orgScope = this.scope.sql("ao", params);
		return new DataTable("assignments", "Schedule assignments in force",
				List.of(Column.of("schedule", "Schedule"), Column.of("item", "Item"),
						Column.of("targetKind", "Assigned to"), Column.of("target", "Target"),
						Column.of("assignedAt", "Assigned at"), Column.of("assignedBy", "Assigned by")),
				() -> this.jdbc.queryForStream("""
						select s.code, i.item_number, a.target_kind,
						       coalesce(g.name, ao.name, a.role_category), a.assigned_at, a.assigned_by
						from schedule_assignment a
						join schedule_item i on i.id = a.schedule_item_id
						join records_schedule s on s.id = i.schedule_id
						left join messaging_group g on g.id = a.group_id
						left join organization go on go.id = g.organization_id
						left join organization ao on ao.id = a.organization_id
						where a.assigned_at <= ? and (a.target_kind = 'ROLE_CATEGORY'
						   or (a.target_kind = 'GROUP' and %s) or (a.target_kind = 'ORGANIZATION' and %s))
						order by s.code, i.item_number, a.target_kind, a.id
						""".formatted(groupScope, orgScope), (rs, n) -> Rows.row(rs.getString(1), rs.getString(2),
						rs.getString(3), rs.getString(4), Rows.instant(rs, 5), rs.getString(6)), params.toArray()));
	}

	/**
	 * Every group that existed at the as-of moment: its settings then (the policy version
	 * valid then), who set them and why, and its effective policy then.
	 */
	DataTable groups(Instant asOf, Supplier<AsOfPolicies> policies, HistoricalFindings derived) {
		List<Object> params = new ArrayList<>();
		params.add(Rows.at(asOf));
		String where = this.scope.sql("o", params);
		// each group's settings then are joined in memory (SettingsAsOf)
		String sql = """
				select g.id, g.external_id, g.name, o.name, p.name, g.organization_id
				from messaging_group g
				join organization o on o.id = g.organization_id
				join platform p on p.id = g.platform_id
				where g.created_at <= ? and %s
				order by g.id
				""".formatted(where);
		return new DataTable("groups", "Groups and their settings as of " + asOf, List.of(Column.of("groupId", "Id"),
				Column.dataOnly("externalId", "External id"), Column.of("name", "Group"),
				Column.of("organization", "Organization"), Column.of("platform", "Platform"),
				Column.of("autoDelete", "Auto-delete"), Column.of("maxLifetimeSeconds", "Lifetime (s)"),
				Column.dataOnly("burnOnReadSeconds", "Burn on read (s)"), Column.of("captureEnabled", "Captured"),
				Column.of("settingsSince", "Settings since"), Column.dataOnly("changedBy", "Set by"),
				Column.dataOnly("reason", "Reason"), Column.dataOnly("approvedBy", "Approved by"),
				Column.of("requiredRetention", "Required retention"), Column.dataOnly("decidedBy", "Decided by"),
				Column.of("assessment", "Assessment")), () -> {
					AsOfPolicies catalog = policies.get();
					// the role categories of every group's accounts, read once (DD009)
					Map<Long, Set<RoleCategory>> roles = this.memberships.roleCategories();
					Map<Long, List<SettingsAsOf.Settings>> settings = SettingsAsOf.read(this.jdbc, asOf);
					return this.jdbc.queryForStream(sql, GroupRow::read, params.toArray())
						.flatMap((group) -> settings.getOrDefault(group.id(), List.of())
							.stream()
							.map((version) -> group.toCells(version, catalog, roles.getOrDefault(group.id(), Set.of()),
									derived.rulesOf(group.id()))));
				});
	}

	/** Legal holds active at any time in the period that reach the scope. */
	DataTable holds(Instant from, Instant asOf) {
		List<Object> params = new ArrayList<>();
		params.add(Rows.at(asOf));
		params.add(Rows.at(from));
		String orgScope = this.scope.sql("so", params);
		String groupScope = this.scope.sql("go", params);
		String accountScope = this.scope.sql("ac", params);
		return new DataTable("holds", "Legal holds in force during the period",
				List.of(Column.of("caseReference", "Case"), Column.of("kind", "Kind"), Column.of("title", "Title"),
						Column.of("startedAt", "Started"), Column.of("releasedAt", "Released"),
						Column.of("placedBy", "Placed by"), Column.dataOnly("releasedBy", "Released by")),
				() -> this.jdbc.queryForStream(
						"""
								select h.case_reference, h.kind, h.title, h.started_at, h.released_at, h.placed_by, h.released_by
								from legal_hold h
								where h.started_at <= ? and (h.released_at is null or h.released_at > ?)
								  and exists (select 1 from legal_hold_scope s
								              left join organization so on so.id = s.organization_id
								              left join messaging_group g on g.id = s.group_id
								              left join organization go on go.id = g.organization_id
								              left join account a on a.id = s.account_id
								              left join organization ac on ac.id = a.organization_id
								              where s.hold_id = h.id and (%s or %s or %s))
								order by h.started_at, h.case_reference
								"""
							.formatted(orgScope, groupScope, accountScope),
						(rs, n) -> {
							Instant released = Rows.ifBy(Rows.instant(rs, 5), asOf);
							return Rows.row(rs.getString(1), rs.getString(2), rs.getString(3), Rows.instant(rs, 4),
									released, rs.getString(6), (released != null) ? rs.getString(7) : null);
						}, params.toArray()));
	}

	/**
	 * Findings open at some time in the period, with their timeline as known at the as-of
	 * moment (later sightings and resolutions are left out), then the findings that held
	 * at the as-of moment that no run observed, marked "derived from history" (DD041).
	 */
	DataTable findings(Instant from, Instant asOf, HistoricalFindings derived) {
		List<Object> params = new ArrayList<>();
		params.add(Rows.at(asOf));
		params.add(Rows.at(from));
		String where = this.scope.sql("o", params);
		return new DataTable("findings", "Findings open during the period",
				List.of(Column.of("findingId", "Id"), Column.of("rule", "Rule"), Column.of("severity", "Severity"),
						Column.dataOnly("subjectType", "Subject type"), Column.dataOnly("subjectId", "Subject id"),
						Column.of("group", "Group"), Column.of("organization", "Organization"),
						Column.dataOnly("summary", "Summary"), Column.of("firstSeen", "First seen"),
						Column.of("lastSeen", "Last seen"), Column.of("resolvedAt", "Resolved"),
						Column.of("source", "Source")),
				() -> Stream.concat(this.jdbc.queryForStream("""
						select f.id, f.rule_id, f.severity, f.subject_type, f.subject_id, g.name, o.name, f.summary,
						       f.first_seen, f.last_seen, f.resolved_at
						from finding f join organization o on o.id = f.organization_id
						left join messaging_group g on g.id = f.group_id
						where %s and %s
						order by f.first_seen, f.id
						""".formatted(FindingConditions.openAt("f"), where), (rs, n) -> {
					Instant lastSeen = Rows.instant(rs, 10);
					return Rows.row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
							rs.getString(6), rs.getString(7), rs.getString(8), Rows.instant(rs, 9),
							(lastSeen != null && lastSeen.isAfter(asOf)) ? asOf : lastSeen,
							Rows.ifBy(Rows.instant(rs, 11), asOf), HistoricalFindings.OBSERVED);
				}, params.toArray()), derived.unobserved().stream().map(EvidenceTables::derivedRow)));
	}

	private static List<@Nullable Object> derivedRow(HistoricalFindings.Unobserved finding) {
		Violation v = finding.violation();
		return Rows.row(null, v.rule().id(), v.rule().severity().name(), v.subjectType().name(), v.subjectId(),
				finding.groupName(), finding.organizationName(), v.summary(), null, null, null,
				HistoricalFindings.DERIVED);
	}

	/**
	 * Every settings change that took effect in the period, with author, reason,
	 * approver.
	 */
	DataTable changes(Instant from, Instant asOf, @Nullable Long groupId) {
		List<Object> params = new ArrayList<>();
		params.add(Rows.at(from));
		params.add(Rows.at(asOf));
		String where = this.scope.sql("o", params) + ((groupId != null) ? " and g.id = ?" : "");
		if (groupId != null) {
			params.add(groupId);
		}
		return new DataTable("changes", "Settings changes in the period",
				List.of(Column.of("groupId", "Group id"), Column.of("group", "Group"),
						Column.of("validFrom", "In force from"), Column.of("autoDelete", "Auto-delete"),
						Column.of("maxLifetimeSeconds", "Lifetime (s)"), Column.of("captureEnabled", "Captured"),
						Column.of("changedBy", "Changed by"), Column.of("reason", "Reason"),
						Column.of("approvedBy", "Approved by")),
				() -> this.jdbc.queryForStream("""
						select g.id, g.name, v.valid_from, v.auto_delete, v.max_lifetime_seconds, v.capture_enabled,
						       v.changed_by, v.reason, v.approved_by
						from deletion_policy_version v join messaging_group g on g.id = v.group_id
						join organization o on o.id = g.organization_id
						where v.valid_from > ? and v.valid_from <= ? and %s
						order by v.valid_from, v.id
						""".formatted(where),
						(rs, n) -> Rows.row(rs.getLong(1), rs.getString(2), Rows.instant(rs, 3), rs.getBoolean(4),
								Rows.longOrNull(rs, 5), rs.getBoolean(6), rs.getString(7), rs.getString(8),
								rs.getString(9)),
						params.toArray()));
	}

	/** One row of the groups query, without its settings. */
	record GroupRow(long id, String externalId, String name, String organization, String platform,
			long organizationId) {

		static GroupRow read(ResultSet rs, int n) throws SQLException {
			return new GroupRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getLong(6));
		}

		List<@Nullable Object> toCells(SettingsAsOf.Settings settings, AsOfPolicies policies, Set<RoleCategory> roles,
				Set<String> broken) {
			EffectivePolicy policy = policies.policyOf(this.id, this.organizationId, roles);
			String decidedBy = policy.sources()
				.stream()
				.filter(PolicySource::decisive)
				.map(PolicySource::label)
				.collect(Collectors.joining("; "));
			return Rows.row(this.id, this.externalId, this.name, this.organization, this.platform,
					settings.autoDelete(), settings.maxLifetime(), settings.burnOnRead(), settings.capture(),
					settings.since(), settings.changedBy(), settings.reason(), settings.approvedBy(),
					policy.requirement().label(), decidedBy, assessment(settings, policy.requirement(), broken));
		}

		/**
		 * How the group's messages were treated, agreeing with the rules it broke then: a
		 * group that auto-deletes under a hold does so whatever its capture, and
		 * "captured" needs capture on and working (DD041).
		 */
		static String assessment(SettingsAsOf.Settings settings, Requirement requirement, Set<String> broken) {
			if (!settings.autoDelete()) {
				return "kept";
			}
			if (requirement.kind() == Requirement.Kind.HOLD || broken.contains(HoldAutoDeleteRule.INFO.id())) {
				return "DELETES UNDER HOLD";
			}
			if (broken.contains(LifetimeBelowRetentionRule.INFO.id())
					|| broken.contains(UnscheduledAutoDeleteRule.INFO.id())) {
				return "DELETES TOO EARLY";
			}
			if (settings.capture() && !broken.contains(CaptureStaleRule.INFO.id())) {
				return "captured";
			}
			Duration lifetime = (settings.maxLifetime() != null) ? Duration.ofSeconds(settings.maxLifetime()) : null;
			return requirement.permitsDeletionAfter(lifetime) ? "within retention" : "DELETES TOO EARLY";
		}

	}

}
