package gov.records.governance.reports;

import gov.records.governance.compliance.FindingDetails;
import gov.records.governance.compliance.FindingRow;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.reports.evidence.DispositionElements;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills the five elements of a disposition report from the data, for a person to check
 * and complete: the records and their dates from the settings history, the office from
 * the organization tree, the circumstances from the finding and the audit log, the
 * safeguards from the settings in force now, and the recovery steps to take.
 */
@Component
class DispositionPrefill {

	private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.US)
		.withZone(ZoneOffset.UTC);

	private final JdbcTemplate jdbc;

	private final OrganizationService organizations;

	DispositionPrefill(JdbcTemplate jdbc, OrganizationService organizations) {
		this.jdbc = jdbc;
		this.organizations = organizations;
	}

	/** A time as people read it, with its zone: "2026-12-02 05:53 UTC". */
	static String readable(Instant instant) {
		return READABLE.format(instant);
	}

	long organizationOf(long findingId) {
		Long id = this.jdbc.queryForObject("select organization_id from finding where id = ?", Long.class, findingId);
		return (id != null) ? id : 0;
	}

	DispositionElements elements(FindingDetails details) {
		FindingRow f = details.finding();
		Instant until = (f.resolvedAt() != null) ? f.resolvedAt() : f.lastSeen();
		String records;
		String circumstances;
		String safeguards;
		if (f.groupId() != null) {
			long group = f.groupId();
			String name = this.jdbc
				.queryForObject("select g.name || ' (' || p.name || ', ' || g.external_id || ')' from messaging_group g"
						+ " join platform p on p.id = g.platform_id where g.id = ?", String.class, group);
			Long accounts = this.jdbc.queryForObject("select count(*) from group_membership where group_id = ?",
					Long.class, group);
			List<String> exposing = this.jdbc.query("""
					select valid_from, valid_to, auto_delete, max_lifetime_seconds, capture_enabled, changed_by, reason,
					       approved_by
					from deletion_policy_version where group_id = ? and auto_delete = true and capture_enabled = false
					  and valid_from <= ? and (valid_to is null or valid_to > ?)
					order by valid_from
					""",
					(rs, n) -> "from " + readable(rs.getTimestamp(1).toInstant()) + " to "
							+ ((rs.getTimestamp(2) != null) ? readable(rs.getTimestamp(2).toInstant()) : "now")
							+ ": auto-delete after " + lifetime(rs.getObject(4)) + " without capture, set by "
							+ rs.getString(6) + " (reason: " + rs.getString(7)
							+ ((rs.getString(8) != null) ? "; approved by " + rs.getString(8) : "") + ")",
					group, Timestamp.from(until), Timestamp.from(f.firstSeen()));
			records = "Messages exchanged in the messaging group " + name + " among its " + accounts
					+ " member accounts between " + readable(f.firstSeen()) + " and " + readable(until)
					+ ", while its settings allowed deletion before the required retention. Settings history: "
					+ (exposing.isEmpty() ? "no version with auto-delete and no capture overlaps the period"
							: String.join("; ", exposing))
					+ ". The console never stores message content: the volume of messages must be obtained from "
					+ "the platform's administrators.";
			circumstances = "Finding #" + f.id() + " (" + f.ruleTitle() + ", " + f.severity().label() + "): "
					+ f.summary() + " " + details.rule().explanation() + " Audit log: " + auditTrail(group) + ".";
			safeguards = "Current settings of the group: " + current(group) + ". " + details.rule().remediation()
					+ " The console's guardrails refuse changes that would create a critical finding, and changes "
					+ "that loosen retention wait for a records officer's approval.";
		}
		else {
			records = "Messages of account #" + f.subjectId() + " on " + f.platformName() + " between "
					+ readable(f.firstSeen()) + " and " + readable(until) + ".";
			circumstances = "Finding #" + f.id() + " (" + f.ruleTitle() + "): " + f.summary() + " "
					+ details.rule().explanation();
			safeguards = details.rule().remediation();
		}
		String office = this.organizations.fullTree().nameWithComponent(organizationOf(f.id()));
		String recovery = "Request an export of the affected messages from the platform's capture or retention "
				+ "archive and from any backups; ask the members to preserve copies on their devices; record what "
				+ "could be recovered and what could not. (Complete before sign-off.)";
		return new DispositionElements(records, office, circumstances, safeguards, recovery);
	}

	private String auditTrail(long group) {
		List<String> events = this.jdbc.query("""
				select seq, occurred_at, actor, action, reason from audit_event
				where target_type = 'group' and target_id = ? order by seq fetch first 20 rows only
				""",
				(rs, n) -> "#" + rs.getLong(1) + " " + readable(rs.getTimestamp(2).toInstant()) + " " + rs.getString(3)
						+ " " + rs.getString(4) + ((rs.getString(5) != null) ? " (" + rs.getString(5) + ")" : ""),
				String.valueOf(group));
		return events.isEmpty() ? "no events recorded for this group"
				: events.stream().collect(Collectors.joining("; "));
	}

	private String current(long group) {
		return this.jdbc
			.query("""
					select auto_delete, max_lifetime_seconds, capture_enabled from deletion_policy_version
					where group_id = ? and valid_to is null
					""",
					(rs, n) -> rs.getBoolean(1) ? "auto-delete after " + lifetime(rs.getObject(2))
							+ (rs.getBoolean(3) ? ", captured" : ", not captured") : "no auto-delete",
					group)
			.stream()
			.findFirst()
			.orElse("unknown");
	}

	private static String lifetime(Object seconds) {
		if (seconds == null) {
			return "a timer chosen by each user";
		}
		long s = ((Number) seconds).longValue();
		return (s % 86_400 == 0) ? (s / 86_400) + " day(s)" : s + " seconds";
	}

}
