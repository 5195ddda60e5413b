package gov.records.governance.capstone;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The stored forms, their positions and category totals. */
@Component
class FormStore {

	private static final String FORM_COLUMNS = """
			f.id, f.form_number, f.agency_name, f.received_date, f.total_accounts, f.previous_number,
			f.items_proposed, f.scope_text, f.officer_approval_date, f.senior_approval_date,
			f.archivist_approval_date,
			(select count(*) from capstone_position p where p.form_id = f.id) as positions,
			f.imported_at, f.imported_by, s.form_number as superseded_by, f.superseded_at
			""";

	private final JdbcClient jdbc;

	FormStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stored form numbers (lower case) with their content hashes. */
	record Stored(long id, String number, String hash, @Nullable Long supersededBy) {
	}

	Optional<Stored> byNumber(String number) {
		return this.jdbc.sql(
				"select id, form_number, content_hash, superseded_by_id from capstone_form where lower(form_number) = lower(?)")
			.param(number)
			.query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class)))
			.optional();
	}

	long insert(Na1005Form form, String hash, Instant at, String by) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into capstone_form (form_number, received_date, total_accounts, agency_name, record_group,
					    superseding, previous_number, items_proposed, scope_text, cutoff_instructions, transfer_instructions,
					    officer_approval_date, senior_approval_date, archivist_approval_date, content_hash, imported_at,
					    imported_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(form.number(), form.received(), form.totalAccounts(), form.agency(), form.recordGroup(),
					form.superseding(), form.previousNumber(), form.itemsProposed(), form.scope(),
					form.cutoffInstructions(), form.transferInstructions(), form.officerApproval(),
					form.seniorApproval(), form.archivistApproval(), hash, Timestamp.from(at), by)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (DesignatedPosition p : form.positions()) {
			this.jdbc.sql(
					"insert into capstone_position (form_id, category, title, normalized_title, accounts) values (?, ?, ?, ?, ?)")
				.params(id, p.category(), p.title(), PositionCell.normalize(p.title()), p.accounts())
				.update();
		}
		for (Map.Entry<Integer, Integer> total : form.categoryTotals().entrySet()) {
			this.jdbc.sql("insert into capstone_category_total (form_id, category, accounts) values (?, ?, ?)")
				.params(id, total.getKey(), total.getValue())
				.update();
		}
		return id;
	}

	void supersede(long oldId, long newId, Instant at) {
		this.jdbc.sql("update capstone_form set superseded_by_id = ?, superseded_at = ? where id = ?")
			.params(newId, Timestamp.from(at), oldId)
			.update();
	}

	List<FormRow> forms() {
		return this.jdbc.sql("select " + FORM_COLUMNS
				+ " from capstone_form f left join capstone_form s on s.id = f.superseded_by_id order by f.imported_at desc, f.id desc")
			.query((rs, n) -> row(rs))
			.list();
	}

	/**
	 * Forms as they stood at an instant: imported by then, with supersession as of then.
	 */
	List<FormRow> formsAsOf(Instant at) {
		Timestamp t = Timestamp.from(at);
		return this.jdbc.sql("select " + FORM_COLUMNS.replace("s.form_number as superseded_by, f.superseded_at",
				"case when f.superseded_at <= ? then s.form_number end as superseded_by, case when f.superseded_at <= ? then f.superseded_at end as superseded_at")
				+ " from capstone_form f left join capstone_form s on s.id = f.superseded_by_id where f.imported_at <= ? order by f.form_number")
			.params(t, t, t)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** The positions of the forms in force (not superseded). */
	List<PositionRow> positionsInForce() {
		return this.jdbc.sql("""
				select p.id, p.form_id, f.form_number, p.category, p.title, p.normalized_title, p.accounts
				from capstone_position p join capstone_form f on f.id = p.form_id
				where f.superseded_by_id is null order by f.form_number, p.category, p.id
				""").query((rs, n) -> position(rs)).list();
	}

	List<PositionRow> positions(long formId) {
		return this.jdbc.sql("""
				select p.id, p.form_id, f.form_number, p.category, p.title, p.normalized_title, p.accounts
				from capstone_position p join capstone_form f on f.id = p.form_id
				where p.form_id = ? order by p.category, p.id
				""").param(formId).query((rs, n) -> position(rs)).list();
	}

	private static PositionRow position(ResultSet rs) throws SQLException {
		return new PositionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
				rs.getString(6), rs.getObject(7, Integer.class));
	}

	private static FormRow row(ResultSet rs) throws SQLException {
		Timestamp superseded = rs.getTimestamp(16);
		return new FormRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
				rs.getObject(5, Integer.class), rs.getString(6), rs.getString(7), rs.getString(8),
				rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class),
				rs.getInt(12), rs.getTimestamp(13).toInstant(), rs.getString(14), rs.getString(15),
				(superseded != null) ? superseded.toInstant() : null);
	}

}
