package gov.records.governance.capstone;

import gov.records.governance.organizations.TreeRange;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reconciles the forms in force with the accounts found (issue 16, build 3): each
 * position's count per platform, positions with no account or more accounts than the form
 * allows, Capstone accounts on unsanctioned platforms or in auto-deleting groups without
 * capture, and forms due (90 days before) or past their four-year renewal. Two queries
 * and a few maps; the designations are few, whatever the number of accounts.
 */
@Component
public class Reconciliation {

	static final Period RENEWAL = Period.ofYears(4);

	static final int WARNING_DAYS = 90;

	/** Account ids per membership query. */
	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final FormStore forms;

	Reconciliation(JdbcClient jdbc, FormStore forms) {
		this.jdbc = jdbc;
		this.forms = forms;
	}

	/** Every finding, the whole department's accounts included (for reports). */
	public List<ReconciliationFinding> findings(LocalDate today) {
		return findings(today, null);
	}

	/**
	 * The findings, naming only accounts within the ranges ({@code null}: every account).
	 * Forms and positions are the agency's and counted over the whole department; they
	 * name no one.
	 */
	List<ReconciliationFinding> findings(LocalDate today, @Nullable List<TreeRange> scope) {
		List<ReconciliationFinding> found = new ArrayList<>();
		renewals(today, found);
		positions(found);
		accounts(found, scope);
		return found;
	}

	private void renewals(LocalDate today, List<ReconciliationFinding> found) {
		for (FormRow form : this.forms.forms()) {
			if (!form.inForce() || form.approved() == null) {
				continue;
			}
			LocalDate due = form.approved().plus(RENEWAL);
			long days = ChronoUnit.DAYS.between(today, due);
			if (days < 0) {
				found.add(new ReconciliationFinding(ReconciliationFinding.Rule.FORM_RENEWAL_OVERDUE, form.number(),
						"Form " + form.number() + " was due for renewal on " + due + " (four years after its approval "
								+ "on " + form.approved()
								+ "); GRS 6.1 designations must be renewed every four years."));
			}
			else if (days <= WARNING_DAYS) {
				found.add(new ReconciliationFinding(ReconciliationFinding.Rule.FORM_RENEWAL_DUE, form.number(),
						"Form " + form.number() + " is due for renewal on " + due + ", in " + days + " day(s)."));
			}
		}
	}

	private void positions(List<ReconciliationFinding> found) {
		Map<Long, Map<String, Integer>> byPlatform = new HashMap<>();
		this.jdbc.sql("""
				select d.position_id, pl.name, count(*) from capstone_designation d
				join account a on a.id = d.account_id join platform pl on pl.id = a.platform_id
				where d.ended_at is null group by d.position_id, pl.name
				""").query((rs) -> {
			byPlatform.computeIfAbsent(rs.getLong(1), (k) -> new TreeMap<>()).put(rs.getString(2), rs.getInt(3));
		});
		for (PositionRow p : this.forms.positionsInForce()) {
			Map<String, Integer> counts = byPlatform.getOrDefault(p.id(), Map.of());
			String subject = p.formNumber() + " / " + p.title();
			String allowed = (p.accounts() != null) ? String.valueOf(p.accounts()) : "no number";
			if (counts.isEmpty()) {
				found.add(new ReconciliationFinding(ReconciliationFinding.Rule.POSITION_WITHOUT_ACCOUNT, subject,
						"\"" + p.title() + "\" (Capstone " + p.category() + ") is designated by form " + p.formNumber()
								+ " but no account with that title was found on any platform."));
				continue;
			}
			found.add(new ReconciliationFinding(ReconciliationFinding.Rule.POSITION_COUNT, subject,
					"Form allows " + allowed + "; found " + counts));
			for (Map.Entry<String, Integer> c : counts.entrySet()) {
				if (p.accounts() != null && c.getValue() > p.accounts()) {
					found.add(new ReconciliationFinding(ReconciliationFinding.Rule.POSITION_OVER_FORM,
							subject + " on " + c.getKey(),
							c.getValue() + " account(s) on " + c.getKey() + " are designated \"" + p.title()
									+ "\" but form " + p.formNumber() + " allows " + p.accounts() + "."));
				}
			}
		}
	}

	/**
	 * Whether an organization (by id) lies within the ranges; every one for none given.
	 */
	private java.util.function.LongPredicate visible(@Nullable List<TreeRange> scope) {
		if (scope == null) {
			return (organization) -> true;
		}
		java.util.Set<Long> inside = new java.util.HashSet<>();
		this.jdbc.sql("select id, tree_left from organization").query((rs) -> {
			int left = rs.getInt(2);
			if (scope.stream().anyMatch((r) -> r.from() <= left && left <= r.to())) {
				inside.add(rs.getLong(1));
			}
		});
		return inside::contains;
	}

	/**
	 * The account rules, driven from the Capstone accounts (a few thousand at most, read
	 * through the role index) rather than from groups or memberships: their memberships
	 * are read by account id in chunks, and the groups that auto-delete without capture
	 * once. A single join let H2 walk every membership of every such group and fetch each
	 * account (seconds on the large data set).
	 */
	private void accounts(List<ReconciliationFinding> found, @Nullable List<TreeRange> scope) {
		Map<Long, String> names = new HashMap<>();
		Map<Long, Long> platforms = new HashMap<>();
		java.util.function.LongPredicate visible = visible(scope);
		// no join with organization: H2 then drives from it and reads every account row
		this.jdbc.sql("""
				select a.id, a.display_name, a.platform_id, a.organization_id from account a
				where a.role_category like 'CAPSTONE%'
				""").query((rs) -> {
			if (visible.test(rs.getLong(4))) {
				names.put(rs.getLong(1), rs.getString(2));
				platforms.put(rs.getLong(1), rs.getLong(3));
			}
		});
		Map<Long, String> unsanctioned = new HashMap<>();
		this.jdbc.sql("select id, name from platform where sanctioned = false").query((rs) -> {
			unsanctioned.put(rs.getLong(1), rs.getString(2));
		});
		List<String[]> offPlatform = new ArrayList<>();
		platforms.forEach((account, platform) -> {
			if (unsanctioned.containsKey(platform)) {
				offPlatform.add(new String[] { names.get(account), unsanctioned.get(platform) });
			}
		});
		offPlatform.sort(java.util.Comparator.comparing((String[] a) -> a[0]).thenComparing((a) -> a[1]));
		for (String[] a : offPlatform) {
			found.add(new ReconciliationFinding(ReconciliationFinding.Rule.CAPSTONE_ON_UNSANCTIONED_PLATFORM, a[0],
					"Capstone account " + a[0] + " is on " + a[1]
							+ ", which is not sanctioned for official business: its permanent messages are not governed."));
		}
		Map<Long, String> exposed = new HashMap<>();
		this.jdbc.sql("""
				select g.id, g.name from messaging_group g
				join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
				where v.auto_delete = true and v.capture_enabled = false
				""").query((rs) -> {
			exposed.put(rs.getLong(1), rs.getString(2));
		});
		java.util.Set<String> pairs = new java.util.TreeSet<>(
				java.util.Comparator.comparing((String pair) -> pair.substring(0, pair.indexOf('\u0000')))
					.thenComparing((pair) -> pair.substring(pair.indexOf('\u0000') + 1)));
		List<Long> ids = new ArrayList<>(names.keySet());
		for (int from = 0; from < ids.size() && !exposed.isEmpty(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			this.jdbc
				.sql("select account_id, group_id from group_membership where account_id in ("
						+ String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")
				.params(chunk)
				.query((rs) -> {
					String group = exposed.get(rs.getLong(2));
					if (group != null) {
						pairs.add(names.get(rs.getLong(1)) + '\u0000' + group);
					}
				});
		}
		for (String pair : pairs) {
			String account = pair.substring(0, pair.indexOf('\u0000'));
			String group = pair.substring(pair.indexOf('\u0000') + 1);
			found.add(new ReconciliationFinding(ReconciliationFinding.Rule.CAPSTONE_AUTO_DELETE_NO_CAPTURE,
					account + " in " + group, "Capstone account " + account + " is in " + group
							+ ", which auto-deletes messages and captures none."));
		}
	}

}
