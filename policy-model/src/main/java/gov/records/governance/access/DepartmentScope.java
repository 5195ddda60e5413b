package gov.records.governance.access;

import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the current user's scope covers the whole department (a binding to a root of
 * the organization tree). Platforms, their sync, automatic remediation and the demo's
 * simulator serve every component at once, so changing them needs this scope, not just
 * the platform administrator role. Used in {@code @PreAuthorize} as
 * {@code @departmentScope.covered()}.
 */
@Component("departmentScope")
public class DepartmentScope {

	/** The expression platform-wide operations require. */
	public static final String PLATFORM_WIDE_ADMIN = "hasRole('PLATFORM_ADMIN') and @departmentScope.covered()";

	private final AccessService access;

	private final JdbcTemplate jdbc;

	DepartmentScope(AccessService access, JdbcTemplate jdbc) {
		this.access = access;
		this.jdbc = jdbc;
	}

	/** True when the current user is bound to an organization without a parent. */
	public boolean covered() {
		Set<Long> roots = this.access.currentGrant().rootOrganizationIds();
		if (roots.isEmpty()) {
			return false;
		}
		String in = String.join(",", roots.stream().map(String::valueOf).toList());
		Long top = this.jdbc.queryForObject(
				"select count(*) from organization where parent_id is null and id in (" + in + ")", Long.class);
		return top != null && top > 0;
	}

}
