package gov.records.governance.bench;

import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.GroupService;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.organizations.TreeRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Server time of the Groups grid: the first page, and a page filtered by an organization
 * subtree and a name search, each through the real service (scope resolution, JPA query,
 * mapping) beside the same query as raw SQL over JDBC on the same database.
 */
@Component
@Profile("bench")
class GroupsGridBenchmark implements Benchmark {

	private static final int RUNS = 201;

	/**
	 * The statement the service runs (GroupListQuery: the page's ids first, then their
	 * rows), written out by hand, read with a bare JDBC loop. {@code %1$s} is the join
	 * and {@code %2$s} the condition the filter needs in the id query.
	 */
	private static final String RAW = """
			select g.id, g.name, g.external_id, g.organization_id, o.name as organization_name, g.platform_id,
			       p.name as platform_name, p.kind, v.auto_delete, v.max_lifetime_seconds, v.burn_on_read_seconds,
			       v.shredder_intensity, v.capture_enabled
			from (select g.id from messaging_group g%1$s%2$s order by g.name asc, g.id asc
			      offset 0 rows fetch next 50 rows only) page
			join messaging_group g on g.id = page.id
			join organization o on o.id = g.organization_id
			join platform p on p.id = g.platform_id
			join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
			order by g.name asc, g.id asc
			""";

	private final GroupService groups;

	private final OrganizationService organizations;

	private final DataSource dataSource;

	GroupsGridBenchmark(GroupService groups, OrganizationService organizations, DataSource dataSource) {
		this.groups = groups;
		this.organizations = organizations;
		this.dataSource = dataSource;
	}

	@Override
	public List<BenchResult> run(BenchContext context) throws Exception {
		return BenchSecurity.as("cio", "CIO", () -> {
			PageRequest page = PageRequest.of(0, 50, Sort.by("name"));
			long component = this.organizations.fullTree()
				.all()
				.stream()
				.filter((node) -> node.code().equals("FEC"))
				.findFirst()
				.orElseThrow()
				.id();
			GroupFilter inComponent = GroupFilter.none().withOrganization(component);
			String word = this.groups.list(inComponent, page).getFirst().name().split(" ")[1].toLowerCase(Locale.ROOT);
			GroupFilter filtered = inComponent.withNameContains(word);
			TreeRange subtree = this.organizations.visibleRanges(component).getFirst();
			RawReads.check(this.groups.list(GroupFilter.none(), page).size() == 50, "first page is not full");
			RawReads.check(!this.groups.list(filtered, page).isEmpty(), "filtered page is empty");
			double[] first = Timer.paired(RUNS, () -> this.groups.list(GroupFilter.none(), page),
					() -> raw(null, null));
			double[] filter = Timer.paired(RUNS, () -> this.groups.list(filtered, page),
					() -> raw(subtree, "%" + word + "%"));
			double[] count = Timer.paired(RUNS, () -> this.groups.count(filtered), () -> rawCount(subtree, word));
			return List.of(result("Groups grid, first page (50 rows, by name)", first),
					result("Groups grid, component subtree + name search '" + word + "'", filter),
					result("Groups grid, match count for that filter (shown above the grid)", count));
		});
	}

	private static BenchResult result(String name, double[] timed) {
		double millis = timed[0];
		double raw = timed[1];
		boolean met = millis < 100 && millis <= 5 * raw;
		return new BenchResult("Groups", name, millis, "ms (median of " + RUNS + ")", raw,
				"the same SQL over plain JDBC", "< 100 ms and within 5x of raw SQL", met);
	}

	/**
	 * The page for a scope (null: everything, as for a department-wide user) and a name.
	 */
	private int raw(TreeRange scope, String namePattern) throws Exception {
		String join = (scope != null) ? " join organization o on o.id = g.organization_id" : "";
		String where = (scope != null) ? " where (o.tree_left between ? and ?)" : "";
		if (namePattern != null) {
			where += ((scope != null) ? " and" : " where") + " lower(g.name) like ? escape '\\'";
		}
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(RAW.formatted(join, where))) {
			int index = 1;
			if (scope != null) {
				statement.setInt(index++, scope.from());
				statement.setInt(index++, scope.to());
			}
			if (namePattern != null) {
				statement.setString(index, namePattern);
			}
			return RawReads.drain(statement);
		}
	}

	private int rawCount(TreeRange scope, String word) throws Exception {
		String sql = "select count(*) from messaging_group g join organization o on o.id = g.organization_id"
				+ " where (o.tree_left between ? and ?) and lower(g.name) like ? escape '\\'";
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setInt(1, scope.from());
			statement.setInt(2, scope.to());
			statement.setString(3, "%" + word + "%");
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getInt(1);
			}
		}
	}

}
