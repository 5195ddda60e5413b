package gov.records.governance.capstone;

import gov.records.governance.organizations.TreeRange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Designations and suggestions as stored; writes in batches. */
@Component
class DesignationStore {

	private static final String DESIGNATION = """
			select d.id, d.account_id, a.display_name, a.position_title, f.form_number, d.category, p.title,
			       d.match_kind, d.designated_by, d.designated_at, d.ended_at
			from capstone_designation d join account a on a.id = d.account_id
			join capstone_position p on p.id = d.position_id join capstone_form f on f.id = d.form_id
			join organization o on o.id = a.organization_id
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	DesignationStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** An account with a position title, and the position it is designated from now. */
	record Candidate(long id, String title, String roleCategory, @Nullable Long positionId) {
	}

	/** A designation to write. */
	record NewDesignation(long accountId, PositionRow position, DesignationRow.MatchKind kind,
			String previousCategory) {
	}

	List<Candidate> candidates() {
		List<Candidate> result = new ArrayList<>();
		this.jdbc.sql("""
				select a.id, a.position_title, a.role_category, d.position_id from account a
				left join capstone_designation d on d.account_id = a.id and d.ended_at is null
				where a.position_title is not null
				""").query((rs) -> {
			result.add(new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class)));
		});
		return result;
	}

	/** Every (account, position) pair ever suggested, decided or not. */
	Set<Long> suggestedPairs() {
		Set<Long> pairs = new HashSet<>();
		this.jdbc.sql("select account_id, position_id from capstone_suggestion").query((rs) -> {
			pairs.add(pair(rs.getLong(1), rs.getLong(2)));
		});
		return pairs;
	}

	static long pair(long account, long position) {
		return (account << 24) ^ position;
	}

	void designate(List<NewDesignation> designations, Instant at, String by) {
		Timestamp t = Timestamp.from(at);
		this.template.batchUpdate(
				"update capstone_designation set ended_at = ? where account_id = ? and ended_at is null", designations,
				500, (ps, d) -> {
					ps.setTimestamp(1, t);
					ps.setLong(2, d.accountId());
				});
		this.template.batchUpdate("""
				insert into capstone_designation (account_id, position_id, form_id, category, match_kind,
				    previous_category, designated_at, designated_by) values (?, ?, ?, ?, ?, ?, ?, ?)
				""", designations, 500, (ps, d) -> {
			ps.setLong(1, d.accountId());
			ps.setLong(2, d.position().id());
			ps.setLong(3, d.position().formId());
			ps.setInt(4, d.position().category());
			ps.setString(5, d.kind().name());
			ps.setString(6, d.previousCategory());
			ps.setTimestamp(7, t);
			ps.setString(8, by);
		});
		this.template.batchUpdate("update account set role_category = ? where id = ?", designations, 500, (ps, d) -> {
			ps.setString(1, "CAPSTONE_" + d.position().category());
			ps.setLong(2, d.accountId());
		});
	}

	void suggest(List<long[]> pairs, List<String> whys, Instant at) {
		List<Integer> index = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i++) {
			index.add(i);
		}
		Timestamp t = Timestamp.from(at);
		this.template.batchUpdate("""
				insert into capstone_suggestion (account_id, position_id, why, status, suggested_at)
				values (?, ?, ?, 'PENDING', ?)
				""", index, 500, (ps, i) -> {
			ps.setLong(1, pairs.get(i)[0]);
			ps.setLong(2, pairs.get(i)[1]);
			ps.setString(3, whys.get(i));
			ps.setTimestamp(4, t);
		});
	}

	/** The suggestions waiting for a decision, of accounts within the ranges. */
	List<SuggestionRow> pending(List<TreeRange> scope) {
		Scoped where = Scoped.of(scope);
		return this.jdbc
			.sql("""
					select s.id, a.id, a.display_name, a.position_title, p.id, p.title, p.category, f.form_number, s.why
					from capstone_suggestion s join account a on a.id = s.account_id
					join capstone_position p on p.id = s.position_id join capstone_form f on f.id = p.form_id
					join organization o on o.id = a.organization_id
					where s.status = 'PENDING' and """ + where.sql()
					+ " order by f.form_number, p.category, p.title, a.display_name, s.id")
			.params(where.params())
			.query((rs, n) -> new SuggestionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9)))
			.list();
	}

	Optional<SuggestionRow> pending(long id, List<TreeRange> scope) {
		return pending(scope).stream().filter((s) -> s.id() == id).findFirst();
	}

	/** Marks a pending suggestion decided; false when it was no longer pending. */
	boolean decide(long id, String status, Instant at, String by) {
		return this.jdbc.sql(
				"update capstone_suggestion set status = ?, decided_at = ?, decided_by = ? where id = ? and status = 'PENDING'")
			.params(status, Timestamp.from(at), by, id)
			.update() == 1;
	}

	@Nullable String roleCategory(long accountId) {
		return this.jdbc.sql("select role_category from account where id = ?")
			.param(accountId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	PositionRow position(long id) {
		return this.jdbc.sql("""
				select p.id, p.form_id, f.form_number, p.category, p.title, p.normalized_title, p.accounts
				from capstone_position p join capstone_form f on f.id = p.form_id where p.id = ?
				""")
			.param(id)
			.query((rs, n) -> new PositionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), rs.getString(6), rs.getObject(7, Integer.class)))
			.single();
	}

	/** The designations in force of accounts within the ranges. */
	List<DesignationRow> current(List<TreeRange> scope) {
		Scoped where = Scoped.of(scope);
		return this.jdbc
			.sql(DESIGNATION + " where d.ended_at is null and " + where.sql()
					+ " order by f.form_number, d.category, a.display_name")
			.params(where.params())
			.query((rs, n) -> row(rs))
			.list();
	}

	/** Designations in force at an instant (the whole department: for reports). */
	List<DesignationRow> asOf(Instant at) {
		Timestamp t = Timestamp.from(at);
		return this.jdbc
			.sql(DESIGNATION + " where d.designated_at <= ? and (d.ended_at is null or d.ended_at > ?)"
					+ " order by f.form_number, d.category, a.display_name")
			.params(t, t)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** Every designation of an account, if the account is within the ranges. */
	List<DesignationRow> history(long accountId, List<TreeRange> scope) {
		Scoped where = Scoped.of(scope);
		List<Object> params = new ArrayList<>();
		params.add(accountId);
		params.addAll(where.params());
		return this.jdbc
			.sql(DESIGNATION + " where d.account_id = ? and " + where.sql() + " order by d.designated_at, d.id")
			.params(params)
			.query((rs, n) -> row(rs))
			.list();
	}

	/**
	 * A condition on {@code o} (the account's organization) that keeps the rows within a
	 * viewer's scope; no range matches nothing. It starts with a space, as a text block
	 * ending in "and " loses that space.
	 */
	record Scoped(String sql, List<Object> params) {

		static Scoped of(List<TreeRange> ranges) {
			if (ranges.isEmpty()) {
				return new Scoped(" 1 = 0", List.of());
			}
			List<String> parts = new ArrayList<>();
			List<Object> params = new ArrayList<>();
			for (TreeRange range : ranges) {
				parts.add("o.tree_left between ? and ?");
				params.add(range.from());
				params.add(range.to());
			}
			return new Scoped(" (" + String.join(" or ", parts) + ")", List.copyOf(params));
		}

	}

	private static DesignationRow row(ResultSet rs) throws SQLException {
		Timestamp ended = rs.getTimestamp(11);
		return new DesignationRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getInt(6), rs.getString(7), DesignationRow.MatchKind.valueOf(rs.getString(8)), rs.getString(9),
				rs.getTimestamp(10).toInstant(), (ended != null) ? ended.toInstant() : null);
	}

}
