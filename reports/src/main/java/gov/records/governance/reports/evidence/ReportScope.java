package gov.records.governance.reports.evidence;

import gov.records.governance.organizations.TreeRange;
import java.util.List;

/**
 * The organization subtree a report covers, as nested-set ranges (see DD006).
 *
 * @param organizationId the chosen organization
 * @param organizationName its name, shown in the report
 * @param ranges the subtree, intersected with the requesting user's scope
 */
public record ReportScope(long organizationId, String organizationName, List<TreeRange> ranges) {

	public ReportScope {
		ranges = List.copyOf(ranges);
		if (ranges.isEmpty()) {
			throw new IllegalArgumentException("a report scope covers at least one organization");
		}
	}

	/** {@code (alias.tree_left between ? and ? or ...)}, adding the bounds to params. */
	String sql(String organizationAlias, List<Object> params) {
		StringBuilder sql = new StringBuilder("(");
		for (int i = 0; i < this.ranges.size(); i++) {
			sql.append((i > 0) ? " or " : "").append(organizationAlias).append(".tree_left between ? and ?");
			params.add(this.ranges.get(i).from());
			params.add(this.ranges.get(i).to());
		}
		return sql.append(')').toString();
	}

}
