package gov.records.governance.reports.evidence;

import gov.records.governance.compliance.EffectivePolicy;
import gov.records.governance.compliance.EffectivePolicyCalculator;
import gov.records.governance.compliance.HoldRef;
import gov.records.governance.compliance.PolicyInputs;
import gov.records.governance.compliance.ScheduleItemRef;
import gov.records.governance.groups.RoleCategory;
import gov.records.governance.holds.HoldKind;
import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationTree;
import gov.records.governance.schedules.Disposition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The effective policy of groups as of a past moment, with the precedence of the
 * compliance engine ({@link EffectivePolicyCalculator}): schedule items in force on that
 * day, assignments made by then, holds active then. The small shared facts are loaded
 * once; each group's policy is computed as its row streams past. Assignments that were
 * removed since, and accounts' role categories, have no history in the schema: the report
 * states this.
 */
final class AsOfPolicies {

	private final OrganizationTree tree;

	private final Map<Long, List<ScheduleItemRef>> byGroup = new HashMap<>();

	private final Map<Long, List<ScheduleItemRef>> byOrganization = new HashMap<>();

	private final Map<RoleCategory, List<ScheduleItemRef>> byRole = new EnumMap<>(RoleCategory.class);

	private final List<Hold> holds = new ArrayList<>();

	private final Map<OrganizationRoles, EffectivePolicy> shared = new HashMap<>();

	/** Groups with an assignment or a hold of their own (set once loaded). */
	private final Set<Long> ownPolicy = new HashSet<>();

	private AsOfPolicies(OrganizationTree tree) {
		this.tree = tree;
	}

	record Hold(HoldRef ref, Set<Long> organizations, Set<Long> groups) {
	}

	static AsOfPolicies load(JdbcTemplate jdbc, OrganizationTree tree, Instant asOf) {
		AsOfPolicies policies = new AsOfPolicies(tree);
		LocalDate day = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
		Map<Long, ScheduleItemRef> items = new HashMap<>();
		jdbc.query("""
				select i.id, s.code, i.item_number, i.title, i.disposition, i.min_retention, i.authority
				from schedule_item i join records_schedule s on s.id = i.schedule_id
				where i.effective_from <= ? and (i.effective_to is null or i.effective_to > ?)
				""", (rs) -> {
			items.put(rs.getLong(1), new ScheduleItemRef(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getString(4), Disposition.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)));
		}, day, day);
		jdbc.query("""
				select schedule_item_id, target_kind, group_id, organization_id, role_category
				from schedule_assignment where assigned_at <= ? order by id
				""", (rs) -> {
			ScheduleItemRef item = items.get(rs.getLong(1));
			if (item == null) {
				return;
			}
			switch (rs.getString(2)) {
				case "GROUP" -> policies.byGroup.computeIfAbsent(rs.getLong(3), (k) -> new ArrayList<>()).add(item);
				case "ORGANIZATION" ->
					policies.byOrganization.computeIfAbsent(rs.getLong(4), (k) -> new ArrayList<>()).add(item);
				default ->
					policies.byRole.computeIfAbsent(RoleCategory.valueOf(rs.getString(5)), (k) -> new ArrayList<>())
						.add(item);
			}
		}, Rows.at(asOf));
		Map<Long, Hold> active = new HashMap<>();
		jdbc.query("""
				select id, case_reference, kind, title from legal_hold
				where started_at <= ? and (released_at is null or released_at > ?) order by id
				""", (rs) -> {
			Hold hold = new Hold(
					new HoldRef(rs.getLong(1), rs.getString(2), HoldKind.valueOf(rs.getString(3)), rs.getString(4)),
					new HashSet<>(), new HashSet<>());
			active.put(hold.ref().id(), hold);
			policies.holds.add(hold);
		}, Rows.at(asOf), Rows.at(asOf));
		jdbc.query(
				"""
						select s.hold_id, s.scope_kind, s.group_id, s.organization_id, m.group_id
						from legal_hold_scope s left join group_membership m on s.scope_kind = 'ACCOUNT' and m.account_id = s.account_id
						""",
				(rs) -> {
					Hold hold = active.get(rs.getLong(1));
					if (hold == null) {
						return;
					}
					switch (rs.getString(2)) {
						case "GROUP" -> hold.groups().add(rs.getLong(3));
						case "ORGANIZATION" -> hold.organizations().add(rs.getLong(4));
						default -> {
							long group = rs.getLong(5);
							if (!rs.wasNull()) {
								hold.groups().add(group);
							}
						}
					}
				});
		policies.ownPolicy.addAll(policies.byGroup.keySet());
		policies.holds.forEach((hold) -> policies.ownPolicy.addAll(hold.groups()));
		return policies;
	}

	/**
	 * The effective policy of a group. A group with no assignment or hold of its own has
	 * the policy of its organization and role categories, computed once per such pair:
	 * most of 25,000 groups share a few dozen.
	 */
	EffectivePolicy policyOf(long groupId, long organizationId, Set<RoleCategory> roles) {
		if (this.ownPolicy.contains(groupId)) {
			return compute(groupId, organizationId, roles);
		}
		return this.shared.computeIfAbsent(new OrganizationRoles(organizationId, roles),
				(key) -> compute(groupId, organizationId, roles));
	}

	/** An organization and a set of role categories (not changed once read). */
	private record OrganizationRoles(long organizationId, Set<RoleCategory> roles) {
	}

	private EffectivePolicy compute(long groupId, long organizationId, Set<RoleCategory> roles) {
		List<PolicyInputs.OrganizationItems> orgItems = new ArrayList<>();
		List<OrganizationNode> path = this.tree.path(organizationId);
		for (int i = path.size() - 1; i >= 0; i--) {
			OrganizationNode org = path.get(i);
			orgItems.add(new PolicyInputs.OrganizationItems(org.name(),
					this.byOrganization.getOrDefault(org.id(), List.of())));
		}
		Map<RoleCategory, List<ScheduleItemRef>> roleItems = new EnumMap<>(RoleCategory.class);
		for (RoleCategory role : roles) {
			List<ScheduleItemRef> items = this.byRole.get(role);
			if (items != null) {
				roleItems.put(role, items);
			}
		}
		List<HoldRef> covering = new ArrayList<>();
		for (Hold hold : this.holds) {
			if (hold.groups().contains(groupId)
					|| path.stream().anyMatch((o) -> hold.organizations().contains(o.id()))) {
				covering.add(hold.ref());
			}
		}
		return EffectivePolicyCalculator
			.compute(new PolicyInputs(this.byGroup.getOrDefault(groupId, List.of()), orgItems, roleItems, covering));
	}

}
