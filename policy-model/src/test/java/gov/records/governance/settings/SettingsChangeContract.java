package gov.records.governance.settings;

import static gov.records.governance.Users.as;
import static gov.records.governance.Users.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import gov.records.governance.ModelFixture;
import gov.records.governance.groups.DeletionSettings;
import gov.records.governance.groups.GroupFilter;
import gov.records.governance.groups.GroupService;
import gov.records.governance.groups.PolicyVersionRow;
import gov.records.governance.groups.PolicyVersionWriter;
import gov.records.governance.groups.RoleCategory;
import gov.records.governance.holds.HoldDraft;
import gov.records.governance.holds.HoldKind;
import gov.records.governance.holds.HoldService;
import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.schedules.AssignmentTarget;
import gov.records.governance.schedules.ScheduleService;
import gov.records.governance.shared.StaleEditException;
import gov.records.governance.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Governed settings changes on every database: guardrail refusal, the approval flow
 * (never one's own), concurrent edits, the point-in-time history, and every kind of bad
 * input refused with nothing written.
 */
@Transactional
@Import(ModelFixture.class)
abstract class SettingsChangeContract {

	static final String ADMIN = "PLATFORM_ADMIN";

	static final String OFFICER = "RECORDS_OFFICER";

	static final Duration YEAR = Duration.ofDays(365);

	/**
	 * Stricter than nothing only in name: kept, no capture needed; every platform here
	 * holds it.
	 */
	static final DeletionSettings KEPT_UNCAPTURED = new DeletionSettings(false, null, null, 0, false);

	@Autowired
	ModelFixture fixture;

	@Autowired
	SettingsChangeService changes;

	@Autowired
	ApprovalService approvals;

	@Autowired
	GroupService groups;

	@Autowired
	ScheduleService schedules;

	@Autowired
	PolicyVersionWriter writer;

	@Autowired
	HoldService holds;

	@Autowired
	JdbcTemplate jdbc;

	long office;

	long otherComponent;

	long wickr;

	long mattermost;

	long kept;

	long withCapstone;

	long elsewhere;

	@BeforeEach
	void department() {
		long department = this.fixture.organization(null, "DEPT", OrganizationKind.DEPARTMENT);
		this.office = this.fixture.organization(department, "OPS", OrganizationKind.OFFICE);
		this.otherComponent = this.fixture.organization(department, "OTHER", OrganizationKind.COMPONENT);
		// groups that keep messages live on Mattermost: Wickr cannot keep them (DD043)
		this.mattermost = this.fixture.platform("Mattermost", PlatformKind.MATTERMOST);
		this.wickr = this.fixture.platform("Wickr", PlatformKind.WICKR);
		for (long platform : new long[] { this.mattermost, this.wickr }) {
			this.jdbc
				.update("insert into capture_health (platform_id, last_report_at, received, saved, failed, bot_active)"
						+ " values (?, ?, 10, 10, 0, true)", platform, Timestamp.from(Instant.now()));
		}
		this.kept = this.fixture.group(this.mattermost, this.office, "Kept", ModelFixture.kept());
		this.withCapstone = this.fixture.group(this.mattermost, this.office, "Leadership", ModelFixture.kept());
		this.fixture.member(this.withCapstone, this.mattermost, this.office, "Avery Brooks", RoleCategory.CAPSTONE_1);
		this.elsewhere = this.fixture.group(this.mattermost, this.otherComponent, "Elsewhere", ModelFixture.kept());
		for (String user : new String[] { "admin", "records", "records-2", "both" }) {
			this.fixture.bind(user, department);
		}
		this.fixture.bind("office-admin", this.office);
		this.fixture.bind("office-records", this.office);
		run("records", () -> {
			this.schedules
				.importFile("grs.csv", ("schedule_code,schedule_title,schedule_kind,item_number,authority,title,"
						+ "disposition,min_retention,cutoff_rule,scope,effective_from,effective_to,superseded_by,"
						+ "verify_against_nara\nGRS 6.1,Messages,GRS,011,DAA-GRS-2014-0001-0002,Other roles,TEMPORARY,P7Y,,,"
						+ "2023-01-01,,,true\n")
					.getBytes(StandardCharsets.UTF_8));
			this.schedules.assign(this.schedules.items().getFirst().id(), AssignmentTarget.ORGANIZATION, department,
					null);
		}, OFFICER);
	}

	@Test
	void aChangeThatWouldOpenACriticalFindingIsRefusedWithTheRulesExplanation() {
		long versions = count("deletion_policy_version");
		assertThatThrownBy(
				() -> as("admin", () -> this.changes.submit(change(this.withCapstone, autoDelete(30, false))), ADMIN))
			.isInstanceOf(GuardrailException.class)
			.hasMessageContaining("Capstone")
			.hasMessageContaining("36 CFR 1230.3");
		assertThat(count("deletion_policy_version")).isEqualTo(versions);
		assertThat(count("outbox")).isZero();
		// the refusal itself is on record: who tried, the rule, the values attempted
		String refused = this.jdbc.queryForObject(
				"select actor || ' ' || after_state from audit_event where action ="
						+ " 'settings.change.refused' and target_id = ?",
				String.class, String.valueOf(this.withCapstone));
		assertThat(refused).startsWith("admin ").contains("CAPSTONE_AUTO_DELETE_NO_CAPTURE").contains("2592000");
	}

	@Test
	void aLooseningChangeWaitsForAnotherRecordsOfficerAndIsNeverSelfApproved() {
		ChangeOutcome queued = as("both", () -> this.changes.submit(change(this.kept, autoDelete(30, true))), ADMIN,
				OFFICER);
		assertThat(queued.status()).isEqualTo(ChangeStatus.PENDING_APPROVAL);
		assertThat(currentSettings(this.kept).autoDelete()).isFalse();
		long request = queued.requestId();
		assertThatThrownBy(() -> as("both", () -> this.approvals.approve(request, "ok"), ADMIN, OFFICER))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("Nobody approves their own request");
		assertThatThrownBy(() -> as("admin", () -> this.approvals.approve(request, "ok"), ADMIN))
			.isInstanceOf(AccessDeniedException.class);
		ChangeOutcome approved = as("records", () -> this.approvals.approve(request, "Capture is healthy"), OFFICER);
		assertThat(approved.status()).isEqualTo(ChangeStatus.APPLIED);
		PolicyVersionRow current = as("records", () -> this.groups.history(this.kept).getFirst(), OFFICER);
		assertThat(current.approvedBy()).isEqualTo("records");
		assertThat(current.changedBy()).isEqualTo("records");
		assertThat(current.requestedBy()).as("the requester is kept apart from the approver").isEqualTo("both");
		assertThat(current.settings().maxLifetime()).isEqualTo(Duration.ofDays(30));
		assertThat(count("outbox")).isEqualTo(1);
		assertThatThrownBy(() -> as("records-2", () -> this.approvals.approve(request, "again"), OFFICER))
			.hasMessageContaining("already approved");
	}

	@Test
	void nobodyRejectsTheirOwnRequestAndNothingIsWritten() {
		ChangeOutcome queued = as("both", () -> this.changes.submit(change(this.kept, autoDelete(30, true))), ADMIN,
				OFFICER);
		long request = queued.requestId();
		long events = count("audit_event");
		assertThatThrownBy(() -> as("both", () -> {
			this.approvals.reject(request, "Changed my mind");
			return null;
		}, ADMIN, OFFICER)).isInstanceOf(ValidationException.class)
			.hasMessageContaining("Nobody rejects their own request");
		assertThat(status(request)).isEqualTo("PENDING");
		assertThat(count("audit_event")).isEqualTo(events);
		as("records", () -> {
			this.approvals.reject(request, "Capture is not proven yet");
			return null;
		}, OFFICER);
		assertThat(status(request)).isEqualTo("REJECTED");
		assertThat(count("audit_event")).isEqualTo(events + 1);
	}

	@Test
	void aStricterChangeAppliesAtOnceWithAnOutboxRowAndAnAuditEvent() {
		long timed = wickrGroup("Timed");
		long events = count("audit_event");
		ChangeOutcome outcome = as("admin",
				() -> this.changes.submit(new SettingsChange(timed, version(timed),
						new DeletionSettings(true, YEAR, Duration.ofHours(1), 100, true), "Stronger shredding")),
				ADMIN);
		assertThat(outcome.status()).isEqualTo(ChangeStatus.APPLIED);
		assertThat(currentSettings(timed).shredderIntensity()).isEqualTo(100);
		assertThat(count("outbox")).isEqualTo(1);
		assertThat(count("audit_event")).isEqualTo(events + 1);
	}

	@Test
	void theSecondOfTwoConcurrentEditsGetsAConflictAndNothingIsLost() {
		long timed = wickrGroup("Timed");
		long base = version(timed);
		as("admin", () -> this.changes
			.submit(new SettingsChange(timed, base, new DeletionSettings(true, YEAR, null, 60, true), "First editor")),
				ADMIN);
		assertThatThrownBy(() -> as("admin",
				() -> this.changes.submit(new SettingsChange(timed, base,
						new DeletionSettings(true, YEAR, null, 100, true), "Second editor")),
				ADMIN))
			.isInstanceOf(StaleEditException.class)
			.hasMessageContaining("changed by someone else");
		assertThat(currentSettings(timed).shredderIntensity()).isEqualTo(60);
	}

	@Test
	void aStaleEditThatProposesWhatIsNowInForceStillGetsAConflict() {
		long timed = wickrGroup("Timed");
		long base = version(timed);
		DeletionSettings both = new DeletionSettings(true, YEAR, null, 60, true);
		as("admin", () -> this.changes.submit(new SettingsChange(timed, base, both, "First editor")), ADMIN);
		long events = count("audit_event");
		assertThatThrownBy(() -> as("admin",
				() -> this.changes.submit(new SettingsChange(timed, base, both, "Second editor")), ADMIN))
			.isInstanceOf(StaleEditException.class)
			.hasMessageContaining("changed by someone else");
		assertThat(version(timed)).isEqualTo(base + 1);
		assertThat(count("outbox")).isEqualTo(1);
		assertThat(count("audit_event")).isEqualTo(events);
	}

	@Test
	void theHistoryAnswersWhatWasInForceAtAnyMoment() {
		long timed = wickrGroup("Timed");
		Instant before = Instant.now();
		as("admin", () -> this.changes.submit(new SettingsChange(timed, version(timed),
				new DeletionSettings(true, YEAR, null, 60, true), "Shredder up")), ADMIN);
		as("records", () -> {
			assertThat(this.groups.settingsAt(timed, before).orElseThrow().settings().shredderIntensity()).isZero();
			assertThat(this.groups.settingsAt(timed, Instant.now().plusSeconds(1))
				.orElseThrow()
				.settings()
				.shredderIntensity()).isEqualTo(60);
			assertThat(this.groups.settingsAt(timed, ModelFixture.T0.minusSeconds(1))).isEmpty();
			return null;
		}, OFFICER);
	}

	@Test
	void bulkChangeAppliesToEveryMatchingGroupOrRefusesAll() {
		GroupFilter all = GroupFilter.none();
		long versions = count("deletion_policy_version");
		assertThatThrownBy(() -> as("admin", () -> this.changes.bulk(all, autoDelete(30, false), "Pilot"), ADMIN))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("Leadership");
		assertThat(count("deletion_policy_version")).isEqualTo(versions);
		BulkOutcome outcome = as("admin",
				() -> this.changes.bulk(all, KEPT_UNCAPTURED, "Nothing is deleted, so nothing needs capture"), ADMIN);
		assertThat(outcome.applied()).isEqualTo(3);
		assertThat(count("outbox")).isEqualTo(3);
	}

	@Test
	void theBulkPreviewCountsEveryOutcomeNamesTheRefusingRulesAndWritesNothing() {
		run("records", () -> this.holds.place(new HoldDraft(HoldKind.FOIA, "FOIA-2026-0042", "Pilot records", null,
				Instant.now().minusSeconds(60), Set.of(), Set.of(this.elsewhere), Set.of())), OFFICER);
		GroupFilter all = GroupFilter.none();
		long versions = count("deletion_policy_version");
		long requests = count("change_request");
		long events = count("audit_event");

		BulkPreview mixed = as("admin", () -> this.changes.previewBulk(all, autoDelete(30, true), "Pilot"), ADMIN);
		assertThat(mixed.matching()).isEqualTo(3);
		assertThat(mixed.unchanged()).isZero();
		assertThat(mixed.needApproval()).isEqualTo(2);
		assertThat(mixed.refused()).isEqualTo(1);
		assertThat(mixed.wouldApply()).isZero();
		assertThat(mixed.isRefused()).isTrue();
		// the hold refuses it twice over: it freezes the group, and auto-delete would run
		assertThat(mixed.refusingRules()).extracting(BulkPreview.RefusingRule::ruleId)
			.containsExactlyInAnyOrder("HOLD_FREEZE", "HOLD_AUTO_DELETE");
		assertThat(mixed.refusingRules()).allSatisfy((rule) -> {
			assertThat(rule.explanation()).contains("36 CFR");
			assertThat(rule.groups()).isEqualTo(1);
		});
		assertThat(mixed.findingsOpened()).isPositive();
		assertThat(mixed.groups()).extracting(BulkPreview.GroupImpact::groupName)
			.containsExactly("Elsewhere", "Kept", "Leadership");
		assertThat(mixed.groups().getFirst().outcome()).isEqualTo(ChangeStatus.REFUSED);
		assertThat(mixed.groups().getFirst().opens()).isPositive();

		BulkPreview uncaptured = as("admin", () -> this.changes.previewBulk(all, autoDelete(30, false), "Pilot"),
				ADMIN);
		assertThat(uncaptured.refused()).isEqualTo(3);
		assertThat(uncaptured.refusingRules())
			.extracting(BulkPreview.RefusingRule::ruleId, BulkPreview.RefusingRule::groups)
			.containsExactlyInAnyOrder(tuple("LIFETIME_BELOW_RETENTION", 3), tuple("HOLD_AUTO_DELETE", 1),
					tuple("HOLD_FREEZE", 1), tuple("CAPSTONE_AUTO_DELETE_NO_CAPTURE", 1));

		BulkPreview stricter = as("admin", () -> this.changes.previewBulk(all.withNameContains("kept"), KEPT_UNCAPTURED,
				"Nothing is deleted, so nothing needs capture"), ADMIN);
		assertThat(stricter.matching()).isEqualTo(1);
		assertThat(stricter.wouldApply()).isEqualTo(1);
		assertThat(stricter.isRefused()).isFalse();
		assertThat(stricter.findingsOpened()).isZero();

		assertThat(as("admin", () -> this.changes.previewBulk(all, ModelFixture.kept(), "Nothing to do"), ADMIN)
			.unchanged()).isEqualTo(3);
		assertThatThrownBy(() -> as("admin", () -> this.changes.previewBulk(all, autoDelete(30, true), " "), ADMIN))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("reason");
		assertThatThrownBy(() -> as("admin",
				() -> this.changes.previewBulk(all.withNameContains("no such group"), autoDelete(30, true), "x"),
				ADMIN))
			.hasMessageContaining("No group matches");
		assertThatThrownBy(() -> as("records", () -> this.changes.previewBulk(all, autoDelete(30, true), "x"), OFFICER))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(count("deletion_policy_version")).isEqualTo(versions);
		assertThat(count("change_request")).isEqualTo(requests);
		assertThat(count("audit_event")).isEqualTo(events);
	}

	@Test
	void theBulkPreviewListsAtMostFiftyGroupsButCountsThemAll() {
		for (int i = 0; i < BulkPreview.LISTED + 5; i++) {
			this.fixture.group(this.mattermost, this.office, "Extra " + i, ModelFixture.kept());
		}
		BulkPreview preview = as("admin", () -> this.changes.previewBulk(GroupFilter.none(), KEPT_UNCAPTURED,
				"Nothing is deleted, so nothing needs capture"), ADMIN);
		assertThat(preview.wouldApply()).isEqualTo(BulkPreview.LISTED + 8);
		assertThat(preview.groups()).hasSize(BulkPreview.LISTED);
		assertThat(preview.notListed()).isEqualTo(8);
	}

	@Test
	void aSettingThePlatformCannotHoldIsRefusedNamingThePlatformAndWhatItAcceptsAndNothingIsWritten() {
		long timed = wickrGroup("Timed");
		long versions = count("deletion_policy_version");
		long events = count("audit_event");
		SettingsChange keepOnWickr = new SettingsChange(timed, version(timed), ModelFixture.kept(), "Keep everything");
		assertThatThrownBy(() -> as("admin", () -> this.changes.preview(keepOnWickr), ADMIN))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("Wickr cannot keep messages forever")
			.hasMessageContaining("1 minute to 1 year");
		refused("admin", keepOnWickr, "Wickr cannot keep messages forever");
		refused("admin",
				new SettingsChange(this.kept, version(this.kept),
						new DeletionSettings(false, null, Duration.ofHours(1), 60, true), "More shredding"),
				"Mattermost has no shredder");
		refused("admin",
				new SettingsChange(this.kept, version(this.kept),
						new DeletionSettings(true, Duration.ofHours(36), null, 0, true), "A day and a half"),
				"in whole days");
		assertThatThrownBy(() -> as("admin",
				() -> this.changes.bulk(GroupFilter.none(), ModelFixture.kept(), "Keep everything everywhere"), ADMIN))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("Wickr cannot keep messages forever");
		assertThat(count("deletion_policy_version")).isEqualTo(versions);
		assertThat(count("outbox")).isZero();
		assertThat(count("audit_event")).isEqualTo(events);
		ImpactPreview allowed = as("admin", () -> this.changes.preview(new SettingsChange(timed, version(timed),
				new DeletionSettings(true, YEAR, null, 100, true), "More shredding")), ADMIN);
		assertThat(allowed.capabilities()).startsWith("Wickr: Wickr messages always expire")
			.contains("0, 20, 60 or 100");
	}

	@Test
	void aWaitingRequestThePlatformCannotHoldIsNotApproved() {
		long timed = wickrGroup("Timed");
		this.jdbc.update("insert into change_request (group_id, base_group_version, auto_delete, max_lifetime_seconds,"
				+ " shredder_intensity, capture_enabled, reason, requested_by, requested_at, status)"
				+ " values (?, ?, false, null, 0, true, 'Keep everything', 'admin', current_timestamp, 'PENDING')",
				timed, version(timed));
		long request = this.jdbc.queryForObject("select id from change_request where group_id = ?", Long.class, timed);
		assertThatThrownBy(() -> as("records", () -> this.approvals.approve(request, "ok"), OFFICER))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("Wickr cannot keep messages forever");
		assertThat(status(request)).isEqualTo("PENDING");
		assertThat(count("outbox")).isZero();
		assertThat(currentSettings(timed).autoDelete()).isTrue();
	}

	@Test
	void badInputIsRefusedWithAClearMessageAndNothingIsWritten() {
		long versions = count("deletion_policy_version");
		long events = count("audit_event");
		refused("admin", new SettingsChange(this.kept, version(this.kept), autoDelete(30, true), " "), "reason");
		refused("admin", new SettingsChange(this.kept, version(this.kept),
				new DeletionSettings(true, Duration.ZERO, null, 0, true), "x"), "longer than zero");
		refused("admin", new SettingsChange(this.kept, version(this.kept),
				new DeletionSettings(true, Duration.ofDays(-3), null, 0, true), "x"), "longer than zero");
		refused("admin", new SettingsChange(this.kept, version(this.kept),
				new DeletionSettings(true, Duration.ofDays(365 * 400), null, 0, true), "x"), "25 years");
		refused("admin", new SettingsChange(this.kept, version(this.kept),
				new DeletionSettings(false, null, null, 55, true), "x"), "0, 20, 60 or 100");
		refused("admin", new SettingsChange(987_654, 0, autoDelete(30, true), "x"), "No such group");
		refused("office-admin", new SettingsChange(this.elsewhere, version(this.elsewhere),
				new DeletionSettings(false, null, null, 60, true), "x"), "No such group");
		assertThatThrownBy(() -> as("admin",
				() -> this.changes.submit(new SettingsChange(this.kept, version(this.kept) + 7, KEPT_UNCAPTURED, "x")),
				ADMIN))
			.isInstanceOf(StaleEditException.class);
		ChangeOutcome queued = as("admin", () -> this.changes.submit(change(this.elsewhere, autoDelete(30, true))),
				ADMIN);
		assertThatThrownBy(
				() -> as("office-records", () -> this.approvals.approve(queued.requestId(), "forged"), OFFICER))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("No such group");
		assertThat(count("deletion_policy_version")).isEqualTo(versions);
		assertThat(count("audit_event")).isEqualTo(events + 1);
	}

	/** A Wickr group at Wickr's longest lifetime with capture, the shredder off. */
	private long wickrGroup(String name) {
		return this.fixture.group(this.wickr, this.office, name, new DeletionSettings(true, YEAR, null, 0, true));
	}

	private void refused(String user, SettingsChange change, String message) {
		assertThatThrownBy(() -> as(user, () -> this.changes.submit(change), ADMIN))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining(message);
	}

	private SettingsChange change(long group, DeletionSettings settings) {
		return new SettingsChange(group, version(group), settings, "Pilot of auto-delete");
	}

	private long version(long group) {
		return this.writer.currentVersion(group);
	}

	private DeletionSettings currentSettings(long group) {
		return as("records", () -> this.groups.history(group).getFirst().settings(), OFFICER);
	}

	private static DeletionSettings autoDelete(int days, boolean capture) {
		return new DeletionSettings(true, Duration.ofDays(days), null, 0, capture);
	}

	private String status(long request) {
		return this.jdbc.queryForObject("select status from change_request where id = ?", String.class, request);
	}

	private long count(String table) {
		Long n = this.jdbc.queryForObject("select count(*) from " + table, Long.class);
		return (n != null) ? n : 0;
	}

}
