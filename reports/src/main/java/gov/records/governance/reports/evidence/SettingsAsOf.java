package gov.records.governance.reports.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The settings version of every group in force at a moment, read in one scan of the
 * versions and kept by group for the groups table to join in memory. H2 joined each group
 * to its version through an index lookup, several times the cost of the scan; 25,000
 * versions held briefly are a few megabytes.
 */
final class SettingsAsOf {

	/** One settings version (normally one per group at a moment). */
	record Settings(boolean autoDelete, @Nullable Long maxLifetime, @Nullable Long burnOnRead, boolean capture,
			@Nullable Instant since, String changedBy, @Nullable String reason, @Nullable String approvedBy) {
	}

	private SettingsAsOf() {
	}

	static Map<Long, List<Settings>> read(JdbcTemplate jdbc, Instant asOf) {
		Map<Long, List<Settings>> byGroup = new HashMap<>();
		jdbc.query("""
				select group_id, auto_delete, max_lifetime_seconds, burn_on_read_seconds, capture_enabled, valid_from,
				       changed_by, reason, approved_by
				from deletion_policy_version where valid_from <= ? and (valid_to is null or valid_to > ?)
				order by id
				""", (rs) -> {
			Settings settings = new Settings(rs.getBoolean(2), Rows.longOrNull(rs, 3), Rows.longOrNull(rs, 4),
					rs.getBoolean(5), Rows.instant(rs, 6), rs.getString(7), rs.getString(8), rs.getString(9));
			byGroup.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>(1)).add(settings);
		}, Rows.at(asOf), Rows.at(asOf));
		return byGroup;
	}

}
