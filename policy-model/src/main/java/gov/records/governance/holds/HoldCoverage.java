package gov.records.governance.holds;

import gov.records.governance.organizations.OrganizationNode;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.organizations.OrganizationTree;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which active legal holds cover which groups, for the checks that freeze disposition: a
 * hold covers a group it names, every group holding an account it names, and every group
 * in an organization it names or below it. Reads no user scope (the outbox asks too, with
 * nobody logged in); callers only ask about groups they already may see.
 */
@Component
public class HoldCoverage {

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	private final OrganizationService organizations;

	private final Clock clock;

	HoldCoverage(JdbcClient jdbc, OrganizationService organizations, Clock clock) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.clock = clock;
	}

	/** The active holds covering the group, as "FOIA-2026-0042 (FOIA)", sorted. */
	public List<String> on(long groupId) {
		return List.copyOf(on(List.of(groupId)).getOrDefault(groupId, Set.of()));
	}

	/**
	 * For each of the groups an active hold covers, the holds; groups not held are left
	 * out.
	 */
	public Map<Long, Set<String>> on(Collection<Long> groupIds) {
		Map<Long, String> active = active();
		Map<Long, Set<String>> held = new TreeMap<>();
		if (active.isEmpty() || groupIds.isEmpty()) {
			return held;
		}
		Map<Long, Set<Long>> organizationHolds = new HashMap<>();
		this.jdbc.sql("select hold_id, organization_id from legal_hold_scope where scope_kind = 'ORGANIZATION'")
			.query((rs) -> {
				if (active.containsKey(rs.getLong(1))) {
					organizationHolds.computeIfAbsent(rs.getLong(2), (k) -> new HashSet<>()).add(rs.getLong(1));
				}
			});
		OrganizationTree tree = this.organizations.fullTree();
		List<Long> ids = new ArrayList<>(new TreeSet<>(groupIds));
		for (int from = 0; from < ids.size(); from += CHUNK) {
			String in = ids.subList(from, Math.min(ids.size(), from + CHUNK))
				.stream()
				.map(String::valueOf)
				.collect(Collectors.joining(","));
			this.jdbc
				.sql("select hold_id, group_id from legal_hold_scope where scope_kind = 'GROUP' and group_id in (" + in
						+ ")")
				.query((rs) -> {
					add(held, active, rs.getLong(2), rs.getLong(1));
				});
			this.jdbc.sql("select s.hold_id, m.group_id from legal_hold_scope s join group_membership m"
					+ " on m.account_id = s.account_id where s.scope_kind = 'ACCOUNT' and m.group_id in (" + in + ")")
				.query((rs) -> {
					add(held, active, rs.getLong(2), rs.getLong(1));
				});
			if (!organizationHolds.isEmpty()) {
				this.jdbc.sql("select id, organization_id from messaging_group where id in (" + in + ")")
					.query((rs) -> {
						for (OrganizationNode node : tree.path(rs.getLong(2))) {
							for (long hold : organizationHolds.getOrDefault(node.id(), Set.of())) {
								add(held, active, rs.getLong(1), hold);
							}
						}
					});
			}
		}
		return held;
	}

	/** The ids of the groups in the organization and below it. */
	public List<Long> groupsIn(long organizationId) {
		Set<Long> subtree = this.organizations.fullTree().subtreeIds(organizationId);
		if (subtree.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select id from messaging_group where organization_id in ("
					+ subtree.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")
			.query(Long.class)
			.list();
	}

	/** The ids of the groups holding an account of the role category. */
	public List<Long> groupsWithRoleCategory(String roleCategory) {
		return this.jdbc
			.sql("select distinct m.group_id from group_membership m join account a on a.id = m.account_id"
					+ " where a.role_category = ?")
			.param(roleCategory)
			.query(Long.class)
			.list();
	}

	private static void add(Map<Long, Set<String>> held, Map<Long, String> active, long group, long hold) {
		String label = active.get(hold);
		if (label != null) {
			held.computeIfAbsent(group, (k) -> new TreeSet<>()).add(label);
		}
	}

	private Map<Long, String> active() {
		Timestamp now = Timestamp.from(this.clock.instant());
		Map<Long, String> active = new HashMap<>();
		this.jdbc
			.sql("select id, case_reference, kind from legal_hold"
					+ " where started_at <= ? and (released_at is null or released_at > ?)")
			.params(now, now)
			.query((rs) -> {
				active.put(rs.getLong(1), rs.getString(2) + " (" + rs.getString(3) + ")");
			});
		return active;
	}

}
