package gov.records.governance.backends;

import static gov.records.governance.backends.SyncStore.instant;
import static gov.records.governance.backends.SyncStore.longOrNull;

import gov.records.governance.access.AppRoles;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.DeletionSettingsRow;
import gov.records.governance.groups.GroupDetails;
import gov.records.governance.groups.GroupService;
import gov.records.governance.groups.PlatformControls;
import gov.records.governance.groups.PlatformControls.Difference;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.platforms.PlatformService;
import gov.records.governance.platforms.PlatformSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the backends reported: every platform's sync health for the Platforms view
 * and the reports, a governed group's live settings beside its governed ones (a push of
 * the version in force that failed for good counts as a difference), and the groups that
 * have drifted (for remediation).
 */
@Service
@Transactional(readOnly = true)
public class BackendStatusService {

	private final JdbcTemplate jdbc;

	private final PlatformService platforms;

	private final GroupService groups;

	private final Clock clock;

	private final DriftCounts drift;

	BackendStatusService(JdbcTemplate jdbc, PlatformService platforms, GroupService groups, Clock clock,
			DriftCounts drift) {
		this.jdbc = jdbc;
		this.platforms = platforms;
		this.groups = groups;
		this.clock = clock;
		this.drift = drift;
	}

	/** Every platform with its health, by name. */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public List<PlatformHealth> platforms() {
		return health(this.platforms.all());
	}

	/** Every platform with its health, for jobs and reports that run without a user. */
	public List<PlatformHealth> platformsForJobs() {
		return health(this.platforms.all());
	}

	/**
	 * The group's live settings beside its governed ones; empty when the group is not
	 * visible or its backend has not reported it yet.
	 */
	@PreAuthorize(AppRoles.ANY_ROLE)
	public Optional<LiveGroupState> liveState(long groupId) {
		Optional<GroupDetails> details = this.groups.details(groupId);
		if (details.isEmpty()) {
			return Optional.empty();
		}
		DeletionSettings governed = details.get().group().settings();
		PlatformKind kind = details.get().group().platformKind();
		return this.jdbc.query("""
				select l.auto_delete, l.max_lifetime_seconds, l.burn_on_read_seconds, l.shredder_intensity,
				       l.capture_enabled, l.observed_at, s.last_success_at, l.accounts_active,
				""" + PlatformControls.FAILED_PUSH_SQL + """
				from live_group_state l left join platform_sync s on s.platform_id = l.platform_id
				where l.group_id = ?
				""", (ResultSet rs, int n) -> {
			DeletionSettings live = DeletionSettingsRow.read(rs, 1);
			List<Difference> differences = new ArrayList<>(PlatformControls.differences(kind, governed, live));
			String failed = rs.getString(9);
			if (failed != null) {
				differences.add(PlatformControls.failedPush(governed, failed));
			}
			return new LiveGroupState(groupId, live, governed, rs.getTimestamp(6).toInstant(),
					instant(rs.getTimestamp(7)), longOrNull(rs, 8), differences);
		}, groupId).stream().findFirst();
	}

	/**
	 * The platform's governed groups whose live settings differ from the governed ones,
	 * leaving out groups with a push still on its way (they are about to be in step).
	 */
	public List<DriftedGroup> drifted(long platformId, PlatformKind kind) {
		return this.jdbc.query("""
				select g.id, g.external_id, g.name, v.id, v.auto_delete, v.max_lifetime_seconds, v.burn_on_read_seconds,
				       v.shredder_intensity, v.capture_enabled, l.auto_delete, l.max_lifetime_seconds,
				       l.burn_on_read_seconds, l.shredder_intensity, l.capture_enabled
				from live_group_state l
				join messaging_group g on g.id = l.group_id
				join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
				where l.platform_id = ?
				  and not exists (select 1 from outbox o where o.group_id = g.id and o.status = 'PENDING')
				order by g.id
				""", (ResultSet rs, int n) -> {
			DeletionSettings governed = DeletionSettingsRow.read(rs, 5);
			DeletionSettings live = DeletionSettingsRow.read(rs, 10);
			return new DriftedGroup(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), governed, live,
					PlatformControls.differences(kind, governed, live));
		}, platformId).stream().filter((g) -> !g.differences().isEmpty()).toList();
	}

	private List<PlatformHealth> health(List<PlatformSummary> all) {
		Instant now = this.clock.instant();
		Map<Long, CaptureReport> reports = new HashMap<>();
		this.jdbc.query("select platform_id, last_report_at, received, saved, failed from capture_health",
				(ResultSet rs) -> {
					reports.put(rs.getLong(1), new CaptureReport(rs.getTimestamp(2).toInstant(), rs.getLong(3),
							rs.getLong(4), rs.getLong(5)));
				});
		Map<Long, Long> drift = this.drift.openByPlatform();
		Map<Long, PlatformHealth> synced = new HashMap<>();
		Map<Long, PlatformSummary> byId = new HashMap<>();
		all.forEach((p) -> byId.put(p.id(), p));
		this.jdbc.query("""
				select platform_id, last_attempt_at, last_success_at, last_error_at, last_error, consecutive_failures,
				       backend_name, facts, groups_seen, groups_unmatched, accounts_active, accounts_pending,
				       accounts_suspended, capture_supported, capture_enabled, capture_detail, last_duration_ms
				from platform_sync
				""", (ResultSet rs) -> {
			PlatformSummary p = byId.get(rs.getLong(1));
			if (p != null) {
				synced.put(p.id(), fromRow(p, rs, now, reports.get(p.id()), drift.getOrDefault(p.id(), 0L)));
			}
		});
		return all.stream()
			.map((p) -> synced.getOrDefault(p.id(),
					PlatformHealth.neverSynced(p, now, reports.get(p.id()), drift.getOrDefault(p.id(), 0L))))
			.toList();
	}

	private static PlatformHealth fromRow(PlatformSummary p, ResultSet rs, Instant now, @Nullable CaptureReport report,
			long drift) throws SQLException {
		Instant lastSuccess = instant(rs.getTimestamp(3));
		int failures = rs.getInt(6);
		return new PlatformHealth(p, PlatformHealth.status(p, lastSuccess, failures, now), instant(rs.getTimestamp(2)),
				lastSuccess, instant(rs.getTimestamp(4)), rs.getString(5), failures, rs.getString(7),
				SyncStore.facts(rs.getString(8)), intOrNull(rs, 9), intOrNull(rs, 10), longOrNull(rs, 11),
				longOrNull(rs, 12), longOrNull(rs, 13), booleanOrNull(rs, 14), booleanOrNull(rs, 15), rs.getString(16),
				longOrNull(rs, 17), report, drift);
	}

	private static @Nullable Integer intOrNull(ResultSet rs, int column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Boolean booleanOrNull(ResultSet rs, int column) throws SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

}
