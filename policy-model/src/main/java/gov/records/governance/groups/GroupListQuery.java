package gov.records.governance.groups;

import gov.records.governance.organizations.TreeRange;
import gov.records.governance.platforms.PlatformKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Groups list read model: groups joined to their organization, platform and current
 * policy version, filtered, sorted and paged in the database (same SQL on H2 and
 * PostgreSQL). Plain SQL through {@link JdbcClient} rather than JPQL because it is a
 * read-only projection on the hottest path of the console and its shape matters to the
 * planner; see DD006. Sort columns come from a fixed list and every filter value is a
 * bound parameter, so nothing a user types reaches the SQL text.
 */
@Component
class GroupListQuery {

	/** Sortable properties of {@link GroupRow} and the column each sorts by. */
	static final Map<String, String> SORTABLE = Map.of("name", "g.name", "externalId", "g.external_id",
			"organizationName", "o.name", "platformName", "p.name", "autoDelete", "v.auto_delete", "maxLifetime",
			"v.max_lifetime_seconds", "captureEnabled", "v.capture_enabled");

	private static final String SELECT = """
			select g.id, g.name, g.external_id, g.organization_id, o.name as organization_name, g.platform_id,
			       p.name as platform_name, p.kind, v.auto_delete, v.max_lifetime_seconds, v.burn_on_read_seconds,
			       v.shredder_intensity, v.capture_enabled""";

	private static final String JOIN_ORGANIZATION = " join organization o on o.id = g.organization_id";

	private static final String JOIN_PLATFORM = " join platform p on p.id = g.platform_id";

	private static final String JOIN_VERSION = " join deletion_policy_version v on v.group_id = g.id and v.valid_to is null";

	/**
	 * The version in force at a past moment (DD066): the history keeps every version with
	 * its interval, so a group created later has none and is left out.
	 */
	private static final String JOIN_VERSION_AT = " join deletion_policy_version v on v.group_id = g.id and "
			+ GroupConditions.VERSION_IN_FORCE_AT;

	private static final String JOIN_ALL = JOIN_ORGANIZATION + JOIN_PLATFORM + JOIN_VERSION;

	private final JdbcClient jdbc;

	GroupListQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page. The page's ids are chosen first, joining only what the filters and the
	 * sort need (so "all groups by name" walks the name index and stops after one page),
	 * then those rows are joined to everything they show.
	 */
	List<GroupRow> page(GroupFilter filter, Scope scope, Pageable pageable) {
		return page(filter, scope, pageable, null);
	}

	/**
	 * One page with the settings in force at {@code at} (the present when null): the
	 * filters on settings apply to that version.
	 */
	List<GroupRow> page(GroupFilter filter, Scope scope, Pageable pageable, @Nullable Instant at) {
		String order = orderBy(pageable.getSort());
		List<Object> params = new ArrayList<>();
		StringBuilder ids = new StringBuilder("select g.id");
		ids.append(fromFor(filter, scope, order, at, params)).append(where(filter, scope, params));
		ids.append(" order by ").append(order);
		if (pageable.isPaged()) {
			// literal numbers computed here, never user text
			ids.append(" offset ").append(pageable.getOffset());
			ids.append(" rows fetch next ").append(pageable.getPageSize()).append(" rows only");
		}
		String sql = SELECT + " from (" + ids + ") page join messaging_group g on g.id = page.id" + JOIN_ORGANIZATION
				+ JOIN_PLATFORM + versionJoin(at, params) + " order by " + order;
		return this.jdbc.sql(sql).params(params).query(GroupListQuery::toRow).list();
	}

	Optional<GroupRow> byId(long groupId) {
		return this.jdbc.sql(SELECT + " from messaging_group g" + JOIN_ALL + " where g.id = ?")
			.param(groupId)
			.query(GroupListQuery::toRow)
			.optional();
	}

	/**
	 * How many groups match; joins only what the filters need (every group has one
	 * current version).
	 */
	long count(GroupFilter filter, Scope scope) {
		return count(filter, scope, null);
	}

	/** How many groups match with the settings in force at {@code at}. */
	long count(GroupFilter filter, Scope scope, @Nullable Instant at) {
		List<Object> params = new ArrayList<>();
		String sql = "select count(*)" + fromFor(filter, scope, "", at, params) + where(filter, scope, params);
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/** The ids of every group an active hold names, read once for the query (DD082). */
	private Long[] heldGroupIds() {
		return this.jdbc.sql(GroupConditions.HELD_GROUP_IDS).query(Long.class).list().toArray(new Long[0]);
	}

	private static String versionJoin(@Nullable Instant at, List<Object> params) {
		if (at == null) {
			return JOIN_VERSION;
		}
		Timestamp moment = Timestamp.from(at);
		params.add(moment);
		params.add(moment);
		return JOIN_VERSION_AT;
	}

	private static String fromFor(GroupFilter filter, Scope scope, String order, @Nullable Instant at,
			List<Object> params) {
		StringBuilder from = new StringBuilder(" from messaging_group g");
		if (!scope.everything() || order.contains("o.")) {
			from.append(JOIN_ORGANIZATION);
		}
		if (order.contains("p.")) {
			from.append(JOIN_PLATFORM);
		}
		if (at != null || filter.autoDelete() != null || filter.capture() != null || order.contains("v.")) {
			from.append(versionJoin(at, params));
		}
		return from.toString();
	}

	private String where(GroupFilter filter, Scope scope, List<Object> params) {
		List<String> conditions = new ArrayList<>();
		if (!scope.everything()) {
			List<String> ranges = new ArrayList<>();
			for (TreeRange range : scope.ranges()) {
				ranges.add("o.tree_left between ? and ?");
				params.add(range.from());
				params.add(range.to());
			}
			conditions.add("(" + String.join(" or ", ranges) + ")");
		}
		if (filter.platformId() != null) {
			conditions.add("g.platform_id = ?");
			params.add(filter.platformId());
		}
		if (filter.autoDelete() != null) {
			conditions.add("v.auto_delete = ?");
			params.add(filter.autoDelete());
		}
		if (filter.capture() != null) {
			conditions.add("v.capture_enabled = ?");
			params.add(filter.capture());
		}
		if (filter.attention() != null) {
			conditions.add(GroupConditions.of(filter.attention()));
			if (GroupConditions.takesHeldIds(filter.attention())) {
				params.add(heldGroupIds());
			}
		}
		String pattern = namePattern(filter);
		if (pattern != null) {
			conditions.add("lower(g.name) like ? escape '\\'");
			params.add(pattern);
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	/**
	 * A LIKE pattern matching the text as a literal substring, or null when there is no
	 * text.
	 */
	static @Nullable String namePattern(GroupFilter filter) {
		String text = filter.nameContains();
		if (text == null || text.isBlank()) {
			return null;
		}
		String escaped = text.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private static String orderBy(Sort sort) {
		List<String> parts = new ArrayList<>();
		for (Sort.Order order : sort) {
			String column = SORTABLE.get(order.getProperty());
			if (column == null) {
				throw new IllegalArgumentException("Groups cannot be sorted by '" + order.getProperty() + "'");
			}
			parts.add(column + (order.isAscending() ? " asc" : " desc"));
		}
		if (parts.isEmpty()) {
			parts.add("g.name asc");
		}
		parts.add("g.id asc");
		return String.join(", ", parts);
	}

	private static GroupRow toRow(ResultSet rs, int rowNumber) throws SQLException {
		DeletionSettings settings = new DeletionSettings(rs.getBoolean("auto_delete"),
				seconds(rs, "max_lifetime_seconds"), seconds(rs, "burn_on_read_seconds"),
				rs.getInt("shredder_intensity"), rs.getBoolean("capture_enabled"));
		return new GroupRow(rs.getLong("id"), rs.getString("name"), rs.getString("external_id"),
				rs.getLong("organization_id"), rs.getString("organization_name"), rs.getLong("platform_id"),
				rs.getString("platform_name"), PlatformKind.valueOf(rs.getString("kind")), settings);
	}

	private static @Nullable Duration seconds(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : Duration.ofSeconds(value);
	}

	/**
	 * The organizations a query may see: nested-set ranges, or {@code everything} when
	 * they cover the whole tree (then no organization filter is needed at all).
	 */
	record Scope(List<TreeRange> ranges, boolean everything) {
	}

}
