package gov.records.governance.settings;

import static gov.records.governance.Users.as;
import static gov.records.governance.Users.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import gov.records.governance.ModelFixture;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.PolicyVersionWriter;
import gov.records.governance.groups.RoleCategory;
import gov.records.governance.holds.HoldDraft;
import gov.records.governance.holds.HoldKind;
import gov.records.governance.holds.HoldRow;
import gov.records.governance.holds.HoldService;
import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.schedules.AssignmentRow;
import gov.records.governance.schedules.AssignmentTarget;
import gov.records.governance.schedules.ScheduleService;
import gov.records.governance.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A legal hold freezes disposition (issue 19, item 1): for every kind of change that lets
 * held messages be deleted sooner and every kind of hold scope (an account in the group,
 * the group, the group's organization), the change is refused while the hold is active,
 * audited with the rule and the values attempted, and nothing else is written; after the
 * release the hold no longer refuses it. A waiting request the new hold freezes is
 * blocked and can no longer be approved.
 */
@Transactional
@Import(ModelFixture.class)
abstract class HoldFreezeContract {

	static final String ADMIN = "PLATFORM_ADMIN";

	static final String OFFICER = "RECORDS_OFFICER";

	/** Auto-delete after 30 days, burn-on-read one day, shredder 20, capture on. */
	static final DeletionSettings TIMED = new DeletionSettings(true, Duration.ofDays(30), Duration.ofDays(1), 20, true);

	enum Scope {

		ACCOUNT, GROUP, ORGANIZATION

	}

	enum Kind {

		SHORTER_LIFETIME(TIMED, new DeletionSettings(true, Duration.ofDays(7), Duration.ofDays(1), 20, true)),
		LOWER_BURN_ON_READ(TIMED, new DeletionSettings(true, Duration.ofDays(30), Duration.ofHours(1), 20, true)),
		MORE_SHREDDING(TIMED, new DeletionSettings(true, Duration.ofDays(30), Duration.ofDays(1), 100, true)),
		CAPTURE_OFF(TIMED, new DeletionSettings(true, Duration.ofDays(30), Duration.ofDays(1), 20, false)),
		AUTO_DELETE_ON(new DeletionSettings(false, null, null, 20, true), TIMED), ASSIGNMENT_REMOVED(TIMED, null);

		final DeletionSettings before;

		final DeletionSettings after;

		Kind(DeletionSettings before, DeletionSettings after) {
			this.before = before;
			this.after = after;
		}

	}

	@Autowired
	ModelFixture fixture;

	@Autowired
	SettingsChangeService changes;

	@Autowired
	ApprovalService approvals;

	@Autowired
	ScheduleService schedules;

	@Autowired
	HoldService holds;

	@Autowired
	PolicyVersionWriter writer;

	@Autowired
	JdbcTemplate jdbc;

	long department;

	long office;

	long wickr;

	long item;

	int holdNumber;

	@BeforeEach
	void department() {
		this.department = this.fixture.organization(null, "DEPT", OrganizationKind.DEPARTMENT);
		this.office = this.fixture.organization(this.department, "OPS", OrganizationKind.OFFICE);
		this.wickr = this.fixture.platform("Wickr", PlatformKind.WICKR);
		this.jdbc.update("insert into capture_health (platform_id, last_report_at, received, saved, failed, bot_active)"
				+ " values (?, ?, 10, 10, 0, true)", this.wickr, Timestamp.from(Instant.now()));
		for (String user : new String[] { "admin", "records", "records-2" }) {
			this.fixture.bind(user, this.department);
		}
		run("records", () -> this.schedules.importFile("grs.csv",
				("schedule_code,schedule_title,schedule_kind,item_number,authority,title,"
						+ "disposition,min_retention,cutoff_rule,scope,effective_from,effective_to,superseded_by,"
						+ "verify_against_nara\nGRS 5.2,Transitory,GRS,010,DAA-GRS-2022-0009-0001,Transitory,TEMPORARY,"
						+ "P1D,,,2023-01-01,,,true\n")
					.getBytes(StandardCharsets.UTF_8)),
				OFFICER);
		this.item = as("records", () -> this.schedules.items().getFirst().id(), OFFICER);
	}

	static Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			for (Scope scope : Scope.values()) {
				cases.add(Arguments.of(kind, scope));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} under a hold on the {1}")
	@MethodSource("matrix")
	void aHoldRefusesEveryChangeThatLetsHeldMessagesGoSooner(Kind kind, Scope scope) {
		long group = this.fixture.group(this.wickr, this.office, "Held " + kind + " " + scope, kind.before);
		long account = this.fixture.member(group, this.wickr, this.office, "Casey " + kind + scope,
				RoleCategory.GENERAL);
		AssignmentRow assignment = as("records",
				() -> this.schedules.assign(this.item, AssignmentTarget.GROUP, group, null), OFFICER);
		HoldRow hold = place(scope, group, account);
		long versions = count("select count(*) from deletion_policy_version");
		long requests = count("select count(*) from change_request");
		long refusals = count("select count(*) from audit_event where action = 'settings.change.refused'");

		if (kind == Kind.ASSIGNMENT_REMOVED) {
			assertThatThrownBy(() -> run("records", () -> this.schedules.unassign(assignment.id()), OFFICER))
				.isInstanceOf(ValidationException.class)
				.hasMessageContaining(hold.caseReference())
				.hasMessageContaining("36 CFR 1236.20(b)(7)");
			assertThat(count("select count(*) from schedule_assignment where id = " + assignment.id())).isOne();
		}
		else {
			SettingsChange change = new SettingsChange(group, this.writer.currentVersion(group), kind.after,
					"Shorter timers for the pilot");
			ImpactPreview preview = as("admin", () -> this.changes.preview(change), ADMIN);
			assertThat(preview.outcome()).isEqualTo(ChangeStatus.REFUSED);
			assertThat(preview.frozenBy()).singleElement().asString().contains(hold.caseReference());
			assertThatThrownBy(() -> as("admin", () -> this.changes.submit(change), ADMIN))
				.isInstanceOf(HoldFrozenException.class)
				.hasMessageContaining("Frozen by legal hold " + hold.caseReference())
				.hasMessageContaining("36 CFR 1236.20(b)(7)");
			assertThat(count("select count(*) from deletion_policy_version")).isEqualTo(versions);
			assertThat(count("select count(*) from change_request")).isEqualTo(requests);
			assertThat(count("select count(*) from outbox")).isZero();
			assertThat(count("select count(*) from audit_event where action = 'settings.change.refused'"))
				.isEqualTo(refusals + 1);
			String after = this.jdbc.queryForObject("select after_state from audit_event where action = "
					+ "'settings.change.refused' order by seq desc fetch first 1 rows only", String.class);
			assertThat(after).contains("HOLD_FREEZE").contains(hold.caseReference()).contains("attempted");
		}

		as("records", () -> this.holds.release(hold.id(), hold.version(), Instant.now(), "Case closed"), OFFICER);
		if (kind == Kind.ASSIGNMENT_REMOVED) {
			run("records", () -> this.schedules.unassign(assignment.id()), OFFICER);
			assertThat(count("select count(*) from schedule_assignment where id = " + assignment.id())).isZero();
		}
		else {
			Throwable afterRelease = catchThrowable(() -> as("admin", () -> this.changes
				.submit(new SettingsChange(group, this.writer.currentVersion(group), kind.after, "After the release")),
					ADMIN));
			assertThat(afterRelease instanceof HoldFrozenException).as("refused by a released hold").isFalse();
		}
	}

	@Test
	void aStricterChangeStillAppliesUnderAHold() {
		// keeping everything is what a hold asks for; Wickr cannot keep messages forever
		// (DD043), Mattermost can
		long mattermost = this.fixture.platform("Mattermost", PlatformKind.MATTERMOST);
		long group = this.fixture.group(mattermost, this.office, "Held stricter",
				new DeletionSettings(true, Duration.ofDays(30), null, 0, true));
		place(Scope.GROUP, group, 0);
		ChangeOutcome outcome = as("admin", () -> this.changes.submit(new SettingsChange(group,
				this.writer.currentVersion(group), new DeletionSettings(false, null, null, 0, true), "Freeze it")),
				ADMIN);
		assertThat(outcome.status()).isEqualTo(ChangeStatus.APPLIED);
	}

	@Test
	void aWaitingRequestTheNewHoldFreezesIsBlockedAndCannotBeApproved() {
		run("records", () -> this.schedules.importFile("grs2.csv",
				("schedule_code,schedule_title,schedule_kind,item_number,authority,title,"
						+ "disposition,min_retention,cutoff_rule,scope,effective_from,effective_to,superseded_by,"
						+ "verify_against_nara\nGRS 6.1,Messages,GRS,011,DAA-GRS-2014-0001-0002,Other roles,TEMPORARY,"
						+ "P7Y,,,2023-01-01,,,true\n")
					.getBytes(StandardCharsets.UTF_8)),
				OFFICER);
		long seven = as("records",
				() -> this.schedules.items()
					.stream()
					.filter((i) -> i.itemNumber().equals("011"))
					.findFirst()
					.orElseThrow()
					.id(),
				OFFICER);
		long group = this.fixture.group(this.wickr, this.office, "Waiting", ModelFixture.kept());
		run("records", () -> this.schedules.assign(seven, AssignmentTarget.GROUP, group, null), OFFICER);
		ChangeOutcome queued = as("admin",
				() -> this.changes.submit(new SettingsChange(group, this.writer.currentVersion(group),
						ModelFixture.autoDelete(Duration.ofDays(30), true), "Pilot of 30-day timers")),
				ADMIN);
		assertThat(queued.status()).isEqualTo(ChangeStatus.PENDING_APPROVAL);

		HoldRow hold = place(Scope.ORGANIZATION, group, 0);
		assertThat(this.jdbc.queryForObject("select status from change_request where id = ?", String.class,
				queued.requestId()))
			.isEqualTo("BLOCKED");
		assertThat(this.jdbc.queryForObject("select decision_comment from change_request where id = ?", String.class,
				queued.requestId()))
			.contains("Blocked when " + hold.caseReference())
			.contains("turns auto-delete on");
		assertThat(count("select count(*) from audit_event where action = 'settings.change.blocked'")).isOne();
		assertThat(as("records", () -> this.approvals.pending(), OFFICER)).isEmpty();
		long versions = count("select count(*) from deletion_policy_version");
		assertThatThrownBy(() -> as("records-2", () -> this.approvals.approve(queued.requestId(), "ok"), OFFICER))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("blocked")
			.hasMessageContaining(hold.caseReference());
		assertThat(count("select count(*) from deletion_policy_version")).isEqualTo(versions);
	}

	private HoldRow place(Scope scope, long group, long account) {
		String reference = "FOIA-2026-" + (++this.holdNumber);
		Set<Long> none = Set.of();
		HoldDraft draft = switch (scope) {
			case ACCOUNT -> new HoldDraft(HoldKind.FOIA, reference, "Pilot records", null,
					Instant.now().minusSeconds(60), Set.of(account), none, none);
			case GROUP -> new HoldDraft(HoldKind.FOIA, reference, "Pilot records", null, Instant.now().minusSeconds(60),
					none, Set.of(group), none);
			case ORGANIZATION -> new HoldDraft(HoldKind.FOIA, reference, "Pilot records", null,
					Instant.now().minusSeconds(60), none, none, Set.of(this.department));
		};
		return as("records", () -> this.holds.place(draft), OFFICER);
	}

	private long count(String sql) {
		Long n = this.jdbc.queryForObject(sql, Long.class);
		return (n != null) ? n : 0;
	}

}
