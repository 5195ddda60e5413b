package gov.records.governance.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import gov.records.governance.access.AppRoles;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.GroupService;
import gov.records.governance.holds.HoldDraft;
import gov.records.governance.holds.HoldKind;
import gov.records.governance.holds.HoldRow;
import gov.records.governance.holds.HoldService;
import gov.records.governance.organizations.OrganizationService;
import gov.records.governance.schedules.AssignmentTarget;
import gov.records.governance.schedules.ScheduleItemDraft;
import gov.records.governance.schedules.ScheduleItemRow;
import gov.records.governance.schedules.ScheduleService;
import gov.records.governance.settings.SettingsChange;
import gov.records.governance.settings.SettingsChangeService;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The engine reruns by itself after a change, through the same path the console uses: the
 * services publish their change events, {@code ComplianceJobs} runs the engine in the
 * background after the change commits (schedules, assignments, holds), and
 * {@code SettingsChangeEffects} re-evaluates a group at once after its settings change.
 * Nothing here calls the engine directly; every change commits (no test transaction). It
 * shares {@code RestApiTest}'s context: a plain mock-web context would be reused by the
 * browserless view tests after another context had installed its security strategy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplianceTriggersTest {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ScheduleService schedules;

	@Autowired
	HoldService holds;

	@Autowired
	SettingsChangeService settings;

	@Autowired
	GroupService groups;

	@Autowired
	OrganizationService organizations;

	@Test
	void scheduleAssignmentHoldAndSettingsChangesBringTheGroupsFindingsUpToDate() {
		String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
		try {
			long group = autoDeletingGroup(tag);
			as("records", AppRoles.RECORDS_OFFICER, () -> this.schedules.importFile("trigger.csv", item("TRG " + tag)));
			ScheduleItemRow item = as("records", AppRoles.RECORDS_OFFICER, () -> this.schedules.items()).stream()
				.filter((i) -> i.scheduleCode().equals("TRG " + tag))
				.findFirst()
				.orElseThrow();
			as("records", AppRoles.RECORDS_OFFICER,
					() -> this.schedules.assign(item.id(), AssignmentTarget.GROUP, group, null));
			awaitOpen(group, "LIFETIME_BELOW_RETENTION", true);

			as("records", AppRoles.RECORDS_OFFICER,
					() -> this.schedules.save(new ScheduleItemDraft(item.id(), item.version(), item.scheduleCode(),
							item.scheduleTitle(), item.scheduleKind(), item.itemNumber(), item.authority(),
							item.title(), item.disposition(), null, "Destroy when no longer needed", item.scopeText(),
							item.effectiveFrom(), item.effectiveTo(), null, false)));
			awaitOpen(group, "LIFETIME_BELOW_RETENTION", false);

			HoldRow hold = as("records", AppRoles.RECORDS_OFFICER,
					() -> this.holds.place(new HoldDraft(HoldKind.LITIGATION, "TRG-" + tag, "Trigger test", null,
							Instant.now().minusSeconds(5), Set.of(), Set.of(group), Set.of())));
			awaitOpen(group, "HOLD_AUTO_DELETE", true);

			long version = as("admin", AppRoles.PLATFORM_ADMIN,
					() -> this.groups.details(group).orElseThrow().version());
			as("admin", AppRoles.PLATFORM_ADMIN, () -> this.settings.submit(new SettingsChange(group, version,
					new DeletionSettings(false, null, null, 0, true), "Hold placed: keep everything")));
			assertThat(openRules(group)).as("re-evaluated as the change committed, without waiting")
				.doesNotContain("HOLD_AUTO_DELETE");

			as("records", AppRoles.RECORDS_OFFICER,
					() -> this.holds.release(hold.id(), hold.version(), Instant.now(), "Trigger test over"));
		}
		finally {
			forget(tag);
		}
	}

	/**
	 * A new office under the department with one group: auto-delete after a day, no
	 * capture.
	 */
	private long autoDeletingGroup(String tag) {
		Long department = this.jdbc.queryForObject(
				"select id from organization where parent_id is null" + " order by id fetch first 1 rows only",
				Long.class);
		this.jdbc.update(
				"insert into organization (parent_id, code, name, kind, depth, tree_left, tree_right)"
						+ " values (?, ?, ?, 'OFFICE', 2, 0, 0)",
				department, "TRG-" + tag, "Trigger test office " + tag);
		Long office = this.jdbc.queryForObject("select id from organization where code = ?", Long.class, "TRG-" + tag);
		this.organizations.organizationsChanged();
		// Mattermost: "keep everything" is a setting it can hold (Wickr cannot, DD043)
		Long platform = this.jdbc.queryForObject("select min(id) from platform where kind = 'MATTERMOST'", Long.class);
		this.jdbc.update(
				"insert into messaging_group (platform_id, organization_id, external_id, name, created_at,"
						+ " version) values (?, ?, ?, ?, ?, 0)",
				platform, office, "trigger-" + tag, "Trigger test " + tag, Timestamp.from(Instant.now()));
		Long group = this.jdbc.queryForObject("select id from messaging_group where external_id = ?", Long.class,
				"trigger-" + tag);
		this.jdbc.update(
				"insert into deletion_policy_version (group_id, auto_delete, max_lifetime_seconds,"
						+ " burn_on_read_seconds, shredder_intensity, capture_enabled, valid_from, changed_by, reason)"
						+ " values (?, true, 86400, null, 0, false, ?, 'test', 'Trigger test')",
				group, Timestamp.from(Instant.now().minusSeconds(60)));
		return Objects.requireNonNull(group);
	}

	/**
	 * Removes what the test made: the console tests share one in-memory database, and
	 * others count the demo's groups.
	 */
	private void forget(String tag) {
		List<Long> group = this.jdbc.queryForList("select id from messaging_group where external_id = ?", Long.class,
				"trigger-" + tag);
		for (long id : group) {
			for (String table : List.of("finding", "outbox", "change_request", "legal_hold_scope",
					"schedule_assignment", "deletion_policy_version")) {
				this.jdbc.update("delete from " + table + " where group_id = ?", id);
			}
			this.jdbc.update("delete from messaging_group where id = ?", id);
		}
		this.jdbc.update("delete from legal_hold_scope where hold_id in"
				+ " (select id from legal_hold where case_reference = ?)", "TRG-" + tag);
		this.jdbc.update("delete from legal_hold where case_reference = ?", "TRG-" + tag);
		this.jdbc.update("delete from schedule_assignment where schedule_item_id in (select i.id from schedule_item i"
				+ " join records_schedule s on s.id = i.schedule_id where s.code = ?)", "TRG " + tag);
		this.jdbc.update(
				"delete from schedule_item_officer_field where schedule_item_id in (select i.id from"
						+ " schedule_item i join records_schedule s on s.id = i.schedule_id where s.code = ?)",
				"TRG " + tag);
		this.jdbc.update(
				"delete from schedule_item where schedule_id in" + " (select id from records_schedule where code = ?)",
				"TRG " + tag);
		this.jdbc.update("delete from records_schedule where code = ?", "TRG " + tag);
		this.jdbc.update("delete from organization where code = ?", "TRG-" + tag);
		this.organizations.organizationsChanged();
	}

	private static byte[] item(String code) {
		return ("schedule_code,schedule_title,schedule_kind,item_number,authority,title,disposition,min_retention,"
				+ "cutoff_rule,scope,effective_from,effective_to,superseded_by,verify_against_nara\n" + code
				+ ",Trigger test,AGENCY,001,,Trigger test records,TEMPORARY,P1Y,,,2024-01-01,,,false\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private void awaitOpen(long group, String rule, boolean open) {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (openRules(group).contains(rule) != open) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError(rule + " on group " + group + " did not become " + (open ? "open" : "resolved")
						+ " within " + PATIENCE.toSeconds() + " s; open: " + openRules(group));
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	private List<String> openRules(long group) {
		return this.jdbc.queryForList("select rule_id from finding where group_id = ? and resolved_at is null",
				String.class, group);
	}

	private static <T> T as(String username, String role, Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + role))));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static void as(String username, String role, Runnable action) {
		as(username, role, () -> {
			action.run();
			return null;
		});
	}

}
