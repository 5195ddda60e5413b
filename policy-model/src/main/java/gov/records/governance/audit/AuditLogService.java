package gov.records.governance.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the audit log: filtered pages for the Audit log view, verification of the whole
 * chain, and an export as JSON Lines with the hashes, streamed (a million events never
 * sit in memory).
 */
@Service
@Transactional(readOnly = true)
public class AuditLogService {

	private static final String COLUMNS = "seq, occurred_at, actor, actor_role, org_scope, action, target_type, "
			+ "target_id, before_state, after_state, reason, client_address, prev_hash, hash";

	private static final String READERS = "hasAnyRole('INSPECTOR','CIO','RECORDS_OFFICER')";

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final AuditChainAlarm alarm;

	AuditLogService(JdbcTemplate jdbc, AuditChainAlarm alarm) {
		this.jdbc = jdbc;
		this.alarm = alarm;
	}

	@PreAuthorize(READERS)
	public List<AuditRecord> search(AuditFilter filter, Pageable pageable) {
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_event").append(where(filter, params))
			.append(" order by seq desc");
		if (pageable.isPaged()) {
			sql.append(" offset ")
				.append(pageable.getOffset())
				.append(" rows fetch next ")
				.append(pageable.getPageSize());
			sql.append(" rows only");
		}
		return this.jdbc.query(sql.toString(), AuditLogService::toRecord, params.toArray());
	}

	@PreAuthorize(READERS)
	public long count(AuditFilter filter) {
		List<Object> params = new ArrayList<>();
		Long n = this.jdbc.queryForObject("select count(*) from audit_event" + where(filter, params), Long.class,
				params.toArray());
		return (n != null) ? n : 0;
	}

	/**
	 * Checks every link of the chain, streaming the events in sequence order; a break
	 * raises the {@link AuditChainAlarm}, a pass clears it.
	 */
	@PreAuthorize(READERS)
	public ChainVerification verify() {
		ChainVerification result = verify(this.jdbc);
		this.alarm.verified(result);
		return result;
	}

	/**
	 * The known break of the chain, if any (for the banner shown to its readers): kept in
	 * memory by the last verification, so read without a transaction (every page load
	 * asks, twice; each waited for a pooled connection under load; DD077).
	 */
	@PreAuthorize(READERS)
	@Transactional(propagation = Propagation.SUPPORTS)
	public java.util.Optional<ChainBreak> knownBreak() {
		return this.alarm.current();
	}

	static ChainVerification verify(JdbcTemplate jdbc) {
		ChainVerifier verifier = new ChainVerifier();
		stream(jdbc, (rs) -> verifier.accept(toRecord(rs, 0)));
		return verifier.result();
	}

	/**
	 * Writes the whole log as JSON Lines, one event per line with its hashes, in sequence
	 * order.
	 */
	@PreAuthorize(READERS)
	public void exportJsonLines(OutputStream out) {
		stream((rs) -> {
			AuditRecord record = toRecord(rs, 0);
			try {
				out.write(line(record).getBytes(StandardCharsets.UTF_8));
				out.write('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** An event as one export line: its canonical fields plus its own hash. */
	public String line(AuditRecord record) {
		ObjectNode node = (ObjectNode) this.json.readTree(AuditChain.canonical(record));
		node.put("hash", record.hash());
		return this.json.writeValueAsString(node);
	}

	private void stream(RowCallbackHandler handler) {
		stream(this.jdbc, handler);
	}

	private static void stream(JdbcTemplate jdbc, RowCallbackHandler handler) {
		jdbc.query((connection) -> {
			var statement = connection.prepareStatement("select " + COLUMNS + " from audit_event order by seq");
			statement.setFetchSize(1_000);
			return statement;
		}, handler);
	}

	private static String where(AuditFilter f, List<Object> params) {
		List<String> conditions = new ArrayList<>();
		if (f.actor() != null && !f.actor().isBlank()) {
			conditions.add("lower(actor) = ?");
			params.add(f.actor().strip().toLowerCase(Locale.ROOT));
		}
		if (f.action() != null && !f.action().isBlank()) {
			conditions.add("action like ? escape '\\'");
			params.add(escape(f.action().strip()) + "%");
		}
		if (f.target() != null && !f.target().isBlank()) {
			conditions.add("(lower(target_id) = ? or lower(target_type) = ?)");
			params.add(f.target().strip().toLowerCase(Locale.ROOT));
			params.add(f.target().strip().toLowerCase(Locale.ROOT));
		}
		if (f.from() != null) {
			conditions.add("occurred_at >= ?");
			params.add(Timestamp.from(f.from()));
		}
		if (f.to() != null) {
			conditions.add("occurred_at < ?");
			params.add(Timestamp.from(f.to()));
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static AuditRecord toRecord(ResultSet rs, int row) throws SQLException {
		return new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
				rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14));
	}

}
