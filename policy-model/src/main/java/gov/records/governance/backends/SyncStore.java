package gov.records.governance.backends;

import gov.records.governance.durability.KillPoint;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.DeletionSettingsRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores what the backends report: a whole sync of one platform, read in full first with
 * no transaction open and then applied in one short transaction (so a sync that fails
 * half-way leaves the previous state untouched, and a slow backend holds no locks;
 * DD023), a failed attempt, and a group's live settings right after the outbox pushed
 * them. Called by jobs, not by users, so it is not secured; see DD013.
 */
@Service
public class SyncStore {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	SyncStore(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Reads the backend through {@code source} into memory, outside any transaction (its
	 * HTTP paging may take minutes with back-off), then replaces the platform's live
	 * state by what it reported in one transaction and records the success. Any exception
	 * from the source stops it before anything is written.
	 */
	public SyncResult sync(long platformId, StatusSource source) {
		Instant started = this.clock.instant();
		long begin = System.nanoTime();
		List<LiveGroup> groups = new ArrayList<>();
		SyncedPlatform platform = source.read(groups::add);
		KillPoint.reach("sync.read");
		SyncResult result = this.transactions.execute((tx) -> apply(platformId, platform, groups, started, begin));
		return Objects.requireNonNull(result);
	}

	private SyncResult apply(long platformId, SyncedPlatform platform, List<LiveGroup> groups, Instant started,
			long begin) {
		Map<String, Long> groupIds = new HashMap<>();
		this.jdbc.query("select external_id, id from messaging_group where platform_id = ?", (ResultSet rs) -> {
			groupIds.put(rs.getString(1), rs.getLong(2));
		}, platformId);
		LiveGroupWriter writer = new LiveGroupWriter(this.jdbc, platformId, groupIds, stored(platformId), started);
		groups.forEach(writer);
		SyncResult result = writer.finish(Duration.ofNanos(System.nanoTime() - begin));
		ensureRow(platformId);
		List<Boolean> before = this.jdbc.query(
				"select capture_supported, capture_enabled from platform_sync where platform_id = ?",
				(rs, n) -> rs.getBoolean(1) == platform.captureSupported()
						&& rs.getBoolean(2) == platform.captureEnabled() && !rs.wasNull(),
				platformId);
		result = result.withCaptureChanged(before.isEmpty() || !before.get(0));
		this.jdbc.update("""
				update platform_sync set last_attempt_at = ?, last_success_at = ?, consecutive_failures = 0,
				    backend_name = ?, facts = ?, groups_seen = ?, groups_unmatched = ?, accounts_active = ?,
				    accounts_pending = ?, accounts_suspended = ?, capture_supported = ?, capture_enabled = ?,
				    capture_detail = ?, last_duration_ms = ?
				where platform_id = ?
				""", Timestamp.from(started), Timestamp.from(this.clock.instant()), cut(platform.backendName(), 300),
				cut(facts(platform.facts()), 4000), result.seen(), result.unmatched(), platform.active(),
				platform.pending(), platform.suspended(), platform.captureSupported(), platform.captureEnabled(),
				cut(platform.captureDetail(), 1000), result.took().toMillis(), platformId);
		KillPoint.reach("sync.applying");
		return result;
	}

	/**
	 * Records a failed attempt in its own transaction (the sync's own was rolled back);
	 * the last good state stays as it was.
	 * @return how many attempts in a row have failed
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int recordFailure(long platformId, String error) {
		ensureRow(platformId);
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update("""
				update platform_sync set last_attempt_at = ?, last_error_at = ?, last_error = ?,
				    consecutive_failures = consecutive_failures + 1 where platform_id = ?
				""", now, now, cut(error, 2000), platformId);
		Integer failures = this.jdbc.queryForObject(
				"select consecutive_failures from platform_sync where platform_id = ?", Integer.class, platformId);
		return (failures == null) ? 0 : failures;
	}

	/** When the platform's last sync attempt began, on any instance; empty if never. */
	@Transactional(readOnly = true)
	public Optional<Instant> lastAttemptAt(long platformId) {
		return this.jdbc
			.query("select last_attempt_at from platform_sync where platform_id = ?",
					(rs, n) -> instant(rs.getTimestamp(1)), platformId)
			.stream()
			.filter(Objects::nonNull)
			.findFirst();
	}

	/**
	 * A group's live settings as the backend confirmed them after a push, so drift is
	 * judged on them at once instead of at the next sync.
	 */
	@Transactional
	public void recordPushed(long platformId, long groupId, String externalId, String name, DeletionSettings live) {
		Timestamp now = Timestamp.from(this.clock.instant());
		int rows = this.jdbc.update("""
				update live_group_state set group_id = ?, auto_delete = ?, max_lifetime_seconds = ?,
				    burn_on_read_seconds = ?, shredder_intensity = ?, capture_enabled = ?, observed_at = ?
				where platform_id = ? and external_id = ?
				""", groupId, live.autoDelete(), seconds(live.maxLifetime()), seconds(live.burnOnRead()),
				live.shredderIntensity(), live.captureEnabled(), now, platformId, externalId);
		if (rows == 0) {
			LiveGroup group = new LiveGroup(externalId, name, live, null, null, null, null);
			this.jdbc.update(LiveGroupWriter.INSERT,
					(ps) -> LiveGroupWriter.bind(ps, new LiveGroupWriter.Row(group, groupId), platformId, now));
		}
	}

	private Map<String, LiveGroupWriter.Row> stored(long platformId) {
		Map<String, LiveGroupWriter.Row> rows = new HashMap<>();
		this.jdbc.query(
				"""
						select external_id, name, auto_delete, max_lifetime_seconds, burn_on_read_seconds, shredder_intensity,
						       capture_enabled, accounts_active, accounts_pending, accounts_suspended, backend_modified_at, group_id
						from live_group_state where platform_id = ?
						""",
				(ResultSet rs) -> {
					LiveGroup group = new LiveGroup(rs.getString(1), rs.getString(2), DeletionSettingsRow.read(rs, 3),
							longOrNull(rs, 8), longOrNull(rs, 9), longOrNull(rs, 10), instant(rs.getTimestamp(11)));
					rows.put(group.externalId(), new LiveGroupWriter.Row(group, longOrNull(rs, 12)));
				}, platformId);
		return rows;
	}

	private void ensureRow(long platformId) {
		this.jdbc.update("""
				insert into platform_sync (platform_id, consecutive_failures)
				select cast(? as bigint), 0 where not exists (select 1 from platform_sync where platform_id = ?)
				""", platformId, platformId);
	}

	static @Nullable Long longOrNull(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

	private static @Nullable Long seconds(@Nullable Duration duration) {
		return (duration == null) ? null : duration.toSeconds();
	}

	/** Facts as "key=value" lines (the view and the reports show them as they are). */
	static String facts(Map<String, String> facts) {
		return facts.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + e.getValue().replace('\n', ' '))
			.collect(Collectors.joining("\n"));
	}

	static Map<String, String> facts(@Nullable String text) {
		Map<String, String> facts = new java.util.LinkedHashMap<>();
		if (text != null && !text.isEmpty()) {
			for (String line : List.of(text.split("\n"))) {
				int eq = line.indexOf('=');
				if (eq > 0) {
					facts.put(line.substring(0, eq), line.substring(eq + 1));
				}
			}
		}
		return facts;
	}

	private static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "\u2026";
	}

}
