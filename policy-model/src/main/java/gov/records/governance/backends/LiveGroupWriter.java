package gov.records.governance.backends;

import gov.records.governance.groups.DeletionSettings;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Brings one platform's {@code live_group_state} rows in line with what its backend
 * reports, as groups stream in: new groups are inserted, changed ones updated, unchanged
 * ones left alone, and groups the backend no longer lists are removed at the end. Writes
 * go out in JDBC batches of {@value #BATCH}; everything joins the caller's transaction.
 */
final class LiveGroupWriter implements Consumer<LiveGroup> {

	static final int BATCH = 1000;

	static final int MAX_EXTERNAL_ID = 200;

	static final int MAX_NAME = 300;

	static final String INSERT = """
			insert into live_group_state (group_id, name, auto_delete, max_lifetime_seconds, burn_on_read_seconds,
			    shredder_intensity, capture_enabled, accounts_active, accounts_pending, accounts_suspended,
			    backend_modified_at, observed_at, platform_id, external_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String UPDATE = """
			update live_group_state set group_id = ?, name = ?, auto_delete = ?, max_lifetime_seconds = ?,
			    burn_on_read_seconds = ?, shredder_intensity = ?, capture_enabled = ?, accounts_active = ?,
			    accounts_pending = ?, accounts_suspended = ?, backend_modified_at = ?, observed_at = ?
			where platform_id = ? and external_id = ?
			""";

	private static final String DELETE = "delete from live_group_state where platform_id = ? and external_id = ?";

	private final JdbcTemplate jdbc;

	private final long platformId;

	private final Map<String, Long> groupIds;

	private final Map<String, Row> previous;

	private final Timestamp now;

	private final Set<String> seen = new HashSet<>();

	private final List<Row> inserts = new ArrayList<>(BATCH);

	private final List<Row> updates = new ArrayList<>(BATCH);

	private final Set<Long> changed = new HashSet<>();

	private int inserted;

	private int updated;

	private int removed;

	private int unmatched;

	LiveGroupWriter(JdbcTemplate jdbc, long platformId, Map<String, Long> groupIds, Map<String, Row> previous,
			Instant now) {
		this.jdbc = jdbc;
		this.platformId = platformId;
		this.groupIds = groupIds;
		this.previous = new HashMap<>(previous);
		this.now = Timestamp.from(now);
	}

	@Override
	public void accept(LiveGroup reported) {
		LiveGroup group = checked(reported);
		if (!this.seen.add(group.externalId())) {
			throw new IllegalStateException("The backend listed group " + group.externalId() + " twice");
		}
		Long groupId = this.groupIds.get(group.externalId());
		if (groupId == null) {
			this.unmatched++;
		}
		Row before = this.previous.remove(group.externalId());
		if (before == null) {
			add(this.inserts, new Row(group, groupId), INSERT);
			this.inserted++;
		}
		else if (!before.group().equals(group) || !Objects.equals(before.groupId(), groupId)) {
			add(this.updates, new Row(group, groupId), UPDATE);
			this.updated++;
		}
		else {
			return;
		}
		if (groupId != null) {
			this.changed.add(groupId);
		}
	}

	/** Flushes what is pending and removes the groups the backend no longer lists. */
	SyncResult finish(Duration took) {
		flush(this.inserts, INSERT);
		flush(this.updates, UPDATE);
		List<String> gone = new ArrayList<>(this.previous.keySet());
		this.previous.values().stream().map(Row::groupId).filter(Objects::nonNull).forEach(this.changed::add);
		this.jdbc.batchUpdate(DELETE, gone, BATCH, (ps, externalId) -> {
			ps.setLong(1, this.platformId);
			ps.setString(2, externalId);
		});
		this.removed = gone.size();
		return new SyncResult(this.seen.size(), this.inserted, this.updated, this.removed, this.unmatched, this.changed,
				false, took);
	}

	private void add(List<Row> pending, Row row, String sql) {
		pending.add(row);
		if (pending.size() >= BATCH) {
			flush(pending, sql);
		}
	}

	private void flush(List<Row> pending, String sql) {
		if (pending.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(sql, pending, pending.size(), (ps, row) -> bind(ps, row, this.platformId, this.now));
		pending.clear();
	}

	/** Binds a row in the column order shared by the insert and the update. */
	static void bind(PreparedStatement ps, Row row, long platformId, Timestamp observedAt) throws SQLException {
		LiveGroup g = row.group();
		DeletionSettings s = g.settings();
		nullableLong(ps, 1, row.groupId());
		ps.setString(2, g.name());
		ps.setBoolean(3, s.autoDelete());
		nullableLong(ps, 4, (s.maxLifetime() != null) ? s.maxLifetime().toSeconds() : null);
		nullableLong(ps, 5, (s.burnOnRead() != null) ? s.burnOnRead().toSeconds() : null);
		ps.setInt(6, s.shredderIntensity());
		ps.setBoolean(7, s.captureEnabled());
		nullableLong(ps, 8, g.active());
		nullableLong(ps, 9, g.pending());
		nullableLong(ps, 10, g.suspended());
		if (g.modified() != null) {
			ps.setTimestamp(11, Timestamp.from(g.modified()));
		}
		else {
			ps.setNull(11, Types.TIMESTAMP_WITH_TIMEZONE);
		}
		ps.setTimestamp(12, observedAt);
		ps.setLong(13, platformId);
		ps.setString(14, g.externalId());
	}

	private static void nullableLong(PreparedStatement ps, int index, @Nullable Long value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.BIGINT);
		}
		else {
			ps.setLong(index, value);
		}
	}

	/**
	 * Refuses what cannot be stored (a blank or overlong id) and shortens an overlong
	 * name, so one odd group cannot corrupt the rest.
	 */
	private static LiveGroup checked(LiveGroup g) {
		if (g.externalId().isBlank() || g.externalId().length() > MAX_EXTERNAL_ID) {
			throw new IllegalStateException(
					"The backend reported a group id that is blank or longer than " + MAX_EXTERNAL_ID + " characters");
		}
		String name = g.name().isBlank() ? g.externalId() : g.name();
		if (name.length() > MAX_NAME) {
			name = name.substring(0, MAX_NAME - 1) + "\u2026";
		}
		return name.equals(g.name()) ? g : new LiveGroup(g.externalId(), name, g.settings(), g.active(), g.pending(),
				g.suspended(), g.modified());
	}

	/** A row: what the backend reported, and the governed group it belongs to, if any. */
	record Row(LiveGroup group, @Nullable Long groupId) {
	}

}
