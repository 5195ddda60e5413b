package gov.records.governance.demo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs JDBC batch inserts in chunks (on PostgreSQL, {@code COPY} through {@link CopyRows}
 * instead, DD069) and remembers the highest id written per table, so identity columns can
 * be moved past the explicitly assigned ids afterwards (same SQL on H2 and PostgreSQL).
 */
final class BatchInserts {

	private static final int CHUNK = 5_000;

	private final JdbcTemplate jdbc;

	private final Map<String, Long> maxIds = new LinkedHashMap<>();

	private final boolean copy;

	private final java.util.Set<String> tables = new java.util.LinkedHashSet<>();

	BatchInserts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.copy = Boolean.TRUE
			.equals(jdbc.execute((ConnectionCallback<Boolean>) (c) -> c.isWrapperFor(PGConnection.class)));
	}

	/** How the rows are written: {@code COPY} on PostgreSQL, batch inserts elsewhere. */
	String method() {
		return this.copy ? "COPY" : "batch inserts";
	}

	/**
	 * Inserts the rows; when the statement's first column is {@code id}, records the
	 * largest one.
	 */
	void insert(String sql, List<Object[]> rows) {
		if (this.copy) {
			CopyRows copyRows = CopyRows.of(sql);
			this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
				copyRows.write(connection, rows);
				return null;
			});
		}
		else {
			for (int from = 0; from < rows.size(); from += CHUNK) {
				this.jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + CHUNK)));
			}
		}
		String normalized = sql.strip().replaceAll("\\s+", " ");
		this.tables.add(normalized.split(" ")[2]);
		if (normalized.matches("(?i)insert into \\w+ \\(id,.*") && !rows.isEmpty()) {
			String table = normalized.split(" ")[2];
			long max = rows.stream().mapToLong((row) -> ((Number) row[0]).longValue()).max().orElse(0);
			this.maxIds.merge(table, max, Math::max);
		}
	}

	/**
	 * Moves each identity column past the ids written, so later inserts get fresh ids.
	 */
	void restartIdentities() {
		for (Map.Entry<String, Long> entry : this.maxIds.entrySet()) {
			this.jdbc
				.execute("alter table " + entry.getKey() + " alter column id restart with " + (entry.getValue() + 1));
		}
	}

	/**
	 * On PostgreSQL, gathers the planner's statistics of every table written (in the same
	 * transaction; ANALYZE counts its own inserts). Without them a freshly loaded table
	 * has none until autovacuum gets to it, or never where autovacuum is off: the planner
	 * then guesses 0.5% of the rows for {@code group_membership where group_id = ?} and
	 * reads all 2,500,000 accounts to join 23 of them (DD069). H2 keeps no such
	 * statistics.
	 */
	void analyze() {
		if (this.copy && !this.tables.isEmpty()) {
			this.jdbc.execute("analyze " + String.join(", ", this.tables));
		}
	}

	static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

}
