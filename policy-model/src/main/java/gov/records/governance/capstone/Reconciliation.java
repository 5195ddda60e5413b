package gov.records.governance.capstone;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

	private final JdbcClient jdbc;

	private final FormStore forms;

	Reconciliation(JdbcClient jdbc, FormStore forms) {
		this.jdbc = jdbc;
		this.forms = forms;
	}

	public List<ReconciliationFinding> findings(LocalDate today) {
		List<ReconciliationFinding> found = new ArrayList<>();
		renewals(today, found);
		positions(found);
		accounts(found);
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

	private void accounts(List<ReconciliationFinding> found) {
		this.jdbc.sql("""
				select a.display_name, pl.name from account a join platform pl on pl.id = a.platform_id
				where a.role_category like 'CAPSTONE%' and pl.sanctioned = false order by a.display_name
				""").query((rs) -> {
			found.add(new ReconciliationFinding(ReconciliationFinding.Rule.CAPSTONE_ON_UNSANCTIONED_PLATFORM,
					rs.getString(1), "Capstone account " + rs.getString(1) + " is on " + rs.getString(2)
							+ ", which is not sanctioned for official business: its permanent messages are not governed."));
		});
		this.jdbc.sql("""
				select distinct a.display_name, g.name from account a
				join group_membership m on m.account_id = a.id join messaging_group g on g.id = m.group_id
				join deletion_policy_version v on v.group_id = g.id and v.valid_to is null
				where a.role_category like 'CAPSTONE%' and v.auto_delete = true and v.capture_enabled = false
				order by a.display_name, g.name
				""").query((rs) -> {
			found.add(new ReconciliationFinding(ReconciliationFinding.Rule.CAPSTONE_AUTO_DELETE_NO_CAPTURE,
					rs.getString(1) + " in " + rs.getString(2), "Capstone account " + rs.getString(1) + " is in "
							+ rs.getString(2) + ", which auto-deletes messages and captures none."));
		});
	}

}
