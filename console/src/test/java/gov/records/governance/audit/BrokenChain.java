package gov.records.governance.audit;

import java.util.Collections;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes one event from the newest tile of the audit log (whose leaves are read from the
 * events themselves, so every append meets the gap) and puts it back afterwards.
 */
final class BrokenChain implements AutoCloseable {

	private final JdbcTemplate jdbc;

	private final AuditService audit;

	private final AuditChainMonitor monitor;

	private final Map<String, Object> row;

	final long deleted;

	BrokenChain(JdbcTemplate jdbc, AuditService audit, AuditChainMonitor monitor) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.monitor = monitor;
		while (max() % 256 < 3) {
			audit.recordFor("system", null, AuditEntry.of("test.filler", "test", "1").withReason("filler"));
		}
		this.deleted = max() - 1;
		this.row = jdbc.queryForMap("select * from audit_event where seq = ?", this.deleted);
		jdbc.update("delete from audit_event where seq = ?", this.deleted);
		audit.forget();
	}

	private long max() {
		return this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
	}

	@Override
	public void close() {
		this.jdbc.update(
				"insert into audit_event (" + String.join(", ", this.row.keySet()) + ") values ("
						+ String.join(", ", Collections.nCopies(this.row.size(), "?")) + ")",
				this.row.values().toArray());
		this.audit.forget();
		this.monitor.check();
	}

}
