package gov.records.governance.locks;

import static gov.records.governance.Users.as;
import static gov.records.governance.Users.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.ModelFixture;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.PolicyVersionWriter;
import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.schedules.AssignmentRow;
import gov.records.governance.schedules.AssignmentTarget;
import gov.records.governance.schedules.ScheduleItemDraft;
import gov.records.governance.schedules.ScheduleItemRow;
import gov.records.governance.schedules.ScheduleService;
import gov.records.governance.settings.BulkOutcome;
import gov.records.governance.settings.ChangeOutcome;
import gov.records.governance.settings.ChangeStatus;
import gov.records.governance.settings.GuardrailException;
import gov.records.governance.settings.SettingsChange;
import gov.records.governance.settings.ApprovalService;
import gov.records.governance.settings.SettingsChangeService;
import gov.records.governance.shared.RetentionLockedException;
import gov.records.governance.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention locks on every database (DD052): a locked requirement is refused shortening
 * or removal on every write path (a single change, a bulk change, an approval, schedule
 * assignment removal, item edits and imports, the lock itself), each refusal audited;
 * extending is allowed; a lock lifted in the database shows as a broken promise.
 */
@Transactional
@Import(ModelFixture.class)
abstract class RetentionLockContract {

	static final String ADMIN = "PLATFORM_ADMIN";

	static final String OFFICER = "RECORDS_OFFICER";

	static final String HEADER = "schedule_code,schedule_title,schedule_kind,item_number,authority,title,"
			+ "disposition,min_retention,cutoff_rule,scope,effective_from,effective_to,superseded_by,"
			+ "verify_against_nara\n";

	static final DeletionSettings TEN_YEARS = new DeletionSettings(true, Duration.ofDays(3653), null, 0, true);

	static final DeletionSettings THIRTY_DAYS = new DeletionSettings(true, Duration.ofDays(30), null, 0, true);

	@Autowired
	ModelFixture fixture;

	@Autowired
	RetentionLockService locks;

	@Autowired
	SettingsChangeService changes;

	@Autowired
	ApprovalService approvals;

	@Autowired
	ScheduleService schedules;

	@Autowired
	PolicyVersionWriter writer;

	@Autowired
	JdbcTemplate jdbc;

	long department;

	long mattermost;

	@BeforeEach
	void department() {
		this.department = this.fixture.organization(null, "DEPT", OrganizationKind.DEPARTMENT);
		this.mattermost = this.fixture.platform("Mattermost", PlatformKind.MATTERMOST);
		this.jdbc.update("insert into capture_health (platform_id, last_report_at, received, saved, failed, bot_active)"
				+ " values (?, ?, 10, 10, 0, true)", this.mattermost, Timestamp.from(Instant.now()));
		for (String user : new String[] { "admin", "records", "records-2" }) {
			this.fixture.bind(user, this.department);
		}
		run("records", () -> this.schedules.importFile("grs.csv", (HEADER
				+ "GRS 5.2,Transitory,GRS,010,DAA-GRS-2022-0009-0001,Transitory,TEMPORARY,P1D,,,2023-01-01,,,true\n"
				+ "GRS 6.1,Messages,GRS,011,DAA-GRS-2014-0001-0002,Other roles,TEMPORARY,P7Y,,,2023-01-01,,,true\n")
			.getBytes(StandardCharsets.UTF_8)), OFFICER);
	}

	@Test
	void aLockedGroupRefusesAShorterLifetimeFromTheSettingsServiceAndAllowsALongerOne() {
		long group = group("Front office", TEN_YEARS, "010");
		lockGroup(group, "P7Y");
		ChangeOutcome longer = as("admin",
				() -> this.changes.submit(change(group,
						new DeletionSettings(true, Duration.ofDays(8 * 366), null, 0, true), "Eight years is enough")),
				ADMIN);
		assertThat(longer.status()).isEqualTo(ChangeStatus.APPLIED);
		long versions = count("select count(*) from deletion_policy_version");
		assertThatThrownBy(() -> as("admin", () -> this.changes.submit(change(group, THIRTY_DAYS, "Pilot")), ADMIN))
			.isInstanceOf(GuardrailException.class)
			.hasMessageContaining("retention lock");
		assertThat(count("select count(*) from deletion_policy_version")).isEqualTo(versions);
		assertThat(lastAfter("settings.change.refused")).contains("RETENTION_LOCK").contains("attempted");
	}

	@Test
	void aBulkChangeReachingALockedGroupIsRefusedWhole() {
		long locked = group("Locked", TEN_YEARS, "010");
		group("Free", TEN_YEARS, "010");
		lockGroup(locked, "P7Y");
		long versions = count("select count(*) from deletion_policy_version");
		assertThatThrownBy(() -> as("admin",
				() -> this.changes.bulk(GroupFilter.none(), THIRTY_DAYS, "Thirty days everywhere"), ADMIN))
			.isInstanceOf(ValidationException.class);
		assertThat(count("select count(*) from deletion_policy_version")).isEqualTo(versions);
		assertThat(lastAfter("settings.bulk.refused")).contains("RETENTION_LOCK").contains("Locked");
		BulkOutcome longer = as("admin",
				() -> this.changes.bulk(GroupFilter.none(),
						new DeletionSettings(true, Duration.ofDays(8 * 366), null, 0, true), "Eight years everywhere"),
				ADMIN);
		assertThat(longer.applied()).isEqualTo(2);
	}

	@Test
	void anApprovalDoesNotLetAChangePastALock() {
		long group = group("Waiting", ModelFixture.kept(), "011");
		ChangeOutcome queued = as("admin",
				() -> this.changes.submit(change(group, THIRTY_DAYS, "Pilot of 30-day timers")), ADMIN);
		assertThat(queued.status()).isEqualTo(ChangeStatus.PENDING_APPROVAL);
		lockGroup(group, "P7Y");
		long versions = count("select count(*) from deletion_policy_version");
		assertThatThrownBy(
				() -> as("records-2", () -> this.approvals.approve(queued.requestId(), "fine by me"), OFFICER))
			.isInstanceOf(GuardrailException.class)
			.hasMessageContaining("retention lock");
		assertThat(count("select count(*) from deletion_policy_version")).isEqualTo(versions);
		assertThat(lastAfter("settings.change.refused")).contains("RETENTION_LOCK")
			.contains("\"changeRequest\":" + queued.requestId());
	}

	@Test
	void anApprovalOfAChangeTheLockAllowsApplies() {
		long group = group("Also waiting", ModelFixture.kept(), "011");
		ChangeOutcome queued = as("admin", () -> this.changes
			.submit(change(group, new DeletionSettings(true, Duration.ofDays(2 * 366), null, 0, true), "Two years")),
				ADMIN);
		assertThat(queued.status()).isEqualTo(ChangeStatus.PENDING_APPROVAL);
		lockGroup(group, "P1Y");
		ChangeOutcome approved = as("records-2", () -> this.approvals.approve(queued.requestId(), "within the lock"),
				OFFICER);
		assertThat(approved.status()).isEqualTo(ChangeStatus.APPLIED);
	}

	@Test
	void aLockedAssignmentIsNotRemovedAndItsItemNotShortenedOrEnded() {
		long group = group("Archive", ModelFixture.kept(), null);
		ScheduleItemRow seven = item("011");
		AssignmentRow assignment = as("records",
				() -> this.schedules.assign(seven.id(), AssignmentTarget.GROUP, group, null), OFFICER);
		LockRow lock = as("records", () -> this.locks.lockAssignment(assignment.id(), "Litigation risk"), OFFICER);
		assertThat(lock.minRetention()).isEqualTo("P7Y");

		assertThatThrownBy(() -> run("records", () -> this.schedules.unassign(assignment.id()), OFFICER))
			.isInstanceOf(RetentionLockedException.class)
			.hasMessageContaining("Retention lock " + lock.id());
		assertThat(count("select count(*) from schedule_assignment where id = " + assignment.id())).isOne();
		assertThat(lastAfter("retention.lock.refused")).contains("remove the assignment");

		ScheduleItemDraft shorter = withRetention(seven, "P3Y");
		assertThatThrownBy(() -> as("records", () -> this.schedules.save(shorter), OFFICER))
			.isInstanceOf(RetentionLockedException.class);
		assertThatThrownBy(() -> as("records", () -> this.schedules.retire(seven.id(), seven.version(), null), OFFICER))
			.isInstanceOf(RetentionLockedException.class);
		assertThatThrownBy(() -> as("records", () -> this.schedules.importFile("grs.csv", (HEADER
				+ "GRS 6.1,Messages,GRS,011,DAA-GRS-2014-0001-0002,Other roles,TEMPORARY,P1Y,,,2023-01-01,,,true\n")
			.getBytes(StandardCharsets.UTF_8)), OFFICER)).isInstanceOf(RetentionLockedException.class);
		assertThat(item("011").minRetention()).isEqualTo("P7Y");
		assertThat(count("select count(*) from audit_event where action = 'retention.lock.refused'")).isEqualTo(4);

		ScheduleItemRow longer = as("records", () -> this.schedules.save(withRetention(seven, "P10Y")), OFFICER);
		assertThat(longer.minRetention()).isEqualTo("P10Y");
	}

	@Test
	void aLockIsExtendedButNeverShortenedOrRemovedByAnyone() {
		long group = group("Board", ModelFixture.kept(), null);
		LockRow seven = lockGroup(group, "P7Y");
		assertThatThrownBy(() -> lockGroup(group, "P1Y")).isInstanceOf(RetentionLockedException.class)
			.hasMessageContaining("shorten the lock");
		LockRow ten = lockGroup(group, "P10Y");
		assertThat(ten.replaces()).isEqualTo(seven.id());
		assertThat(as("records", () -> this.locks.locks(), OFFICER)).singleElement()
			.extracting(LockRow::id)
			.isEqualTo(ten.id());
		for (String[] user : new String[][] { { "admin", ADMIN }, { "records", OFFICER } }) {
			assertThatThrownBy(() -> run(user[0], () -> this.locks.remove(ten.id()), user[1]))
				.isInstanceOf(RetentionLockedException.class)
				.hasMessageContaining("remove the lock");
		}
		assertThat(count("select count(*) from audit_event where action = 'retention.lock.refused'")).isEqualTo(3);
		assertThat(count("select count(*) from retention_lock")).isEqualTo(2);
	}

	@Test
	void aComponentAdministratorSeesOnlyTheLocksOnItsOwnComponentsGroups() {
		long inside = this.fixture.organization(this.department, "IN", OrganizationKind.COMPONENT);
		long outside = this.fixture.organization(this.department, "OUT", OrganizationKind.COMPONENT);
		this.fixture.bind("admin-in", inside);
		LockRow own = lockGroup(this.fixture.group(this.mattermost, inside, "Own board", ModelFixture.kept()), "P7Y");
		lockGroup(this.fixture.group(this.mattermost, outside, "Other board", ModelFixture.kept()), "P7Y");
		assertThat(as("admin-in", () -> this.locks.locks(), ADMIN)).extracting(LockRow::id).containsExactly(own.id());
		assertThat(as("records", () -> this.locks.locks(), OFFICER)).hasSize(2);
	}

	@Test
	void aGroupThatAlreadyDeletesSoonerCannotBeLockedLonger() {
		long group = group("Chatty", THIRTY_DAYS, "010");
		assertThatThrownBy(() -> lockGroup(group, "P7Y")).isInstanceOf(ValidationException.class)
			.hasMessageContaining("make its settings stricter first");
		assertThatThrownBy(() -> lockGroup(group, "seven years or so")).isInstanceOf(ValidationException.class)
			.hasMessageContaining("not a retention");
		assertThat(count("select count(*) from retention_lock")).isZero();
	}

	@Test
	void aLockLiftedInTheDatabaseShowsAsABrokenPromise() {
		long group = group("Cabinet", ModelFixture.kept(), null);
		LockRow lock = lockGroup(group, "PERMANENT");
		assertThat(as("inspector", () -> this.locks.brokenPromises(), "INSPECTOR")).isEmpty();
		this.jdbc.update("delete from retention_lock where id = ?", lock.id());
		assertThat(as("inspector", () -> this.locks.brokenPromises(), "INSPECTOR")).containsExactly(lock.id());
	}

	private LockRow lockGroup(long group, String retention) {
		return as("records", () -> this.locks.lockGroup(group, retention, "Capstone front office"), OFFICER);
	}

	private long group(String name, DeletionSettings settings, String itemNumber) {
		long group = this.fixture.group(this.mattermost, this.department, name, settings);
		if (itemNumber != null) {
			long item = item(itemNumber).id();
			run("records", () -> this.schedules.assign(item, AssignmentTarget.GROUP, group, null), OFFICER);
		}
		return group;
	}

	private ScheduleItemRow item(String number) {
		return as("records",
				() -> this.schedules.items()
					.stream()
					.filter((i) -> i.itemNumber().equals(number))
					.findFirst()
					.orElseThrow(),
				OFFICER);
	}

	private static ScheduleItemDraft withRetention(ScheduleItemRow row, String retention) {
		ScheduleItemDraft d = ScheduleItemDraft.from(row);
		return new ScheduleItemDraft(d.id(), d.version(), d.scheduleCode(), d.scheduleTitle(), d.scheduleKind(),
				d.itemNumber(), d.authority(), d.title(), d.disposition(), retention, d.cutoffRule(), d.scopeText(),
				d.effectiveFrom(), d.effectiveTo(), d.supersededBy(), d.verifyAgainstNara());
	}

	private SettingsChange change(long group, DeletionSettings settings, String reason) {
		return new SettingsChange(group, this.writer.currentVersion(group), settings, reason);
	}

	private String lastAfter(String action) {
		return this.jdbc.queryForObject(
				"select after_state from audit_event where action = ? order by seq desc " + "fetch first 1 rows only",
				String.class, action);
	}

	private long count(String sql) {
		Long n = this.jdbc.queryForObject(sql, Long.class);
		return (n != null) ? n : 0;
	}

}
