package gov.records.governance.capstone;

import gov.records.governance.organizations.TreeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciles the forms in force with the accounts found (issue 16, build 3): each
 * position's count per platform, positions with no account or more accounts than the form
 * allows, Capstone accounts on unsanctioned platforms or in auto-deleting groups without
 * capture, and forms due (90 days before) or past their four-year renewal. Two queries
 * and a few maps; the designations are few, whatever the number of accounts. Computed by
 * every full compliance run and stored (DD067): what is shown and reported is what the
 * last run found, with its history.
 */
@Component
public class Reconciliation {

	static final Period RENEWAL = Period.ofYears(4);

	static final int WARNING_DAYS = 90;

	/** Account ids per membership query. */
	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final FormStore forms;

	private final ReconciliationStore store;

	Reconciliation(JdbcClient jdbc, FormStore forms, ReconciliationStore store) {
		this.jdbc = jdbc;
		this.forms = forms;
		this.store = store;
	}

	/**
	 * Computes the findings as of the moment's day and brings the stored ones up to date:
	 * part of every full compliance run, and of the re-evaluation after a designation.
	 */
	@Transactional
	public ReconciliationResult refresh(Instant now) {
		return this.store.sync(compute(LocalDate.ofInstant(now, ZoneOffset.UTC)), now);
	}

	/**
	 * The findings open now (as the last run stored them), naming only accounts within
	 * the ranges. Forms and positions are the agency's and counted over the whole
	 * department; they name no one.
	 */
	List<ReconciliationFinding> open(List<TreeRange> scope) {
		return this.store.open(scope);
	}

	/**
	 * The findings that were open at an instant, the whole department's (for reports).
	 */
	@Transactional(readOnly = true)
	public List<ReconciliationFinding> asOf(Instant at) {
		return this.store.asOf(at);
	}

	/**
	 * Every finding as of a day, each account finding with its account's organization.
	 */
	List<ReconciliationStore.Located> compute(LocalDate today) {
		List<ReconciliationStore.Located> found = new ArrayList<>();
		renewals(today, found);
		positions(found);
		accounts(found);
		return found;
	}

	private void renewals(LocalDate today, List<ReconciliationStore.Located> found) {
		for (FormRow form : this.forms.forms()) {
			if (!form.inForce() || form.approved() == null) {
				continue;
			}
			LocalDate due = form.approved().plus(RENEWAL);
			long days = ChronoUnit.DAYS.between(today, due);
			if (days < 0) {
				found.add(ReconciliationStore.Located.of(ReconciliationFinding.Rule.FORM_RENEWAL_OVERDUE, form.number(),
						"Form " + form.number() + " was due for renewal on " + due + " (four years after its approval "
								+ "on " + form.approved()
								+ "); GRS 6.1 designations must be renewed every four years."));
			}
			else if (days <= WARNING_DAYS) {
				found.add(ReconciliationStore.Located.of(ReconciliationFinding.Rule.FORM_RENEWAL_DUE, form.number(),
						"Form " + form.number() + " is due for renewal on " + due + ", in " + days + " day(s)."));
			}
		}
	}

	private void positions(List<ReconciliationStore.Located> found) {
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
				found.add(ReconciliationStore.Located.of(ReconciliationFinding.Rule.POSITION_WITHOUT_ACCOUNT, subject,
						"\"" + p.title() + "\" (Capstone " + p.category() + ") is designated by form " + p.formNumber()
								+ " but no account with that title was found on any platform."));
				continue;
			}
			found.add(ReconciliationStore.Located.of(ReconciliationFinding.Rule.POSITION_COUNT, subject,
					"Form allows " + allowed + "; found " + counts));
			for (Map.Entry<String, Integer> c : counts.entrySet()) {
				if (p.accounts() != null && c.getValue() > p.accounts()) {
					found.add(ReconciliationStore.Located.of(ReconciliationFinding.Rule.POSITION_OVER_FORM,
							subject + " on " + c.getKey(),
							c.getValue() + " account(s) on " + c.getKey() + " are designated \"" + p.title()
									+ "\" but form " + p.formNumber() + " allows " + p.accounts() + "."));
				}
			}
		}
	}

	/**
	 * The account rules, driven from the Capstone accounts (a few thousand at most, read
	 * through the role index) rather than from groups or memberships: their memberships
	 * are read by account id in chunks, and the groups that auto-delete without capture
	 * once. A single join let H2 walk every membership of every such group and fetch each
	 * account (seconds on the large data set). Each finding carries the account's
	 * organization, so that a viewer is shown only those within scope.
	 */
	private void accounts(List<ReconciliationStore.Located> found) {
		Map<Long, CapstoneAccount> accounts = new HashMap<>();
		// no join with organization: H2 then drives from it and reads every account row
		this.jdbc.sql("""
				select a.id, a.display_name, a.platform_id, a.organization_id from account a
				where a.role_category like 'CAPSTONE%'
				""").query((rs) -> {
			accounts.put(rs.getLong(1), new CapstoneAccount(rs.getString(2), rs.getLong(3), rs.getLong(4)));
		});
		Map<Long, String> unsanctioned = new HashMap<>();
		this.jdbc.sql("select id, name from platform where sanctioned = false").query((rs) -> {
			unsanctioned.put(rs.getLong(1), rs.getString(2));
		});
		List<ReconciliationStore.Located> offPlatform = new ArrayList<>();
		accounts.values().forEach((account) -> {
			String platform = unsanctioned.get(account.platformId());
			if (platform != null) {
				offPlatform.add(new ReconciliationStore.Located(new ReconciliationFinding(
						ReconciliationFinding.Rule.CAPSTONE_ON_UNSANCTIONED_PLATFORM, account.name(),
						"Capstone account " + account.name() + " is on " + platform
								+ ", which is not sanctioned for official business: its permanent messages are not governed."),
						account.organizationId()));
			}
		});
		Map<Long, String> exposed = exposedGroups();
		Map<String, ReconciliationStore.Located> inExposedGroups = new HashMap<>();
		List<Long> ids = new ArrayList<>(accounts.keySet());
		for (int from = 0; from < ids.size() && !exposed.isEmpty(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			this.jdbc
				.sql("select account_id, group_id from group_membership where account_id in ("
						+ String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")
				.params(chunk)
				.query((rs) -> {
					String group = exposed.get(rs.getLong(2));
					if (group != null) {
						CapstoneAccount account = accounts.get(rs.getLong(1));
						String subject = account.name() + " in " + group;
						inExposedGroups.putIfAbsent(subject,
								new ReconciliationStore.Located(
										new ReconciliationFinding(
												ReconciliationFinding.Rule.CAPSTONE_AUTO_DELETE_NO_CAPTURE, subject,
												"Capstone account " + account.name() + " is in " + group
														+ ", which auto-deletes messages and captures none."),
										account.organizationId()));
					}
				});
		}
		Comparator<ReconciliationStore.Located> bySubject = Comparator.comparing((l) -> l.finding().subject());
		offPlatform.sort(bySubject);
		found.addAll(offPlatform);
		found.addAll(inExposedGroups.values().stream().sorted(bySubject).toList());
	}

	/**
	 * The groups whose current settings auto-delete without capture, by id with their
	 * names: the current versions read alone, then the groups' names. Joined in SQL, H2
	 * walked every group through its name index and looked its version up (about a second
	 * on the large data set, DD067).
	 */
	private Map<Long, String> exposedGroups() {
		Set<Long> ids = new HashSet<>(this.jdbc.sql("""
				select group_id from deletion_policy_version
				where valid_to is null and auto_delete = true and capture_enabled = false
				""").query(Long.class).list());
		Map<Long, String> exposed = new HashMap<>();
		if (ids.isEmpty()) {
			return exposed;
		}
		this.jdbc.sql("select id, name from messaging_group").query((rs) -> {
			if (ids.contains(rs.getLong(1))) {
				exposed.put(rs.getLong(1), rs.getString(2));
			}
		});
		return exposed;
	}

	private record CapstoneAccount(String name, long platformId, long organizationId) {
	}

}
