package gov.records.governance.schedules;

import static gov.records.governance.Users.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gov.records.governance.ModelFixture;
import gov.records.governance.holds.HoldDraft;
import gov.records.governance.holds.HoldKind;
import gov.records.governance.holds.HoldService;
import gov.records.governance.organizations.OrganizationKind;
import gov.records.governance.platforms.PlatformKind;
import gov.records.governance.shared.Problem;
import gov.records.governance.shared.StaleEditException;
import gov.records.governance.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * A records officer's writes to schedule items (issue 19, item 2): create (also with
 * "Superseded by" left empty, which used to fail on the server), edit, supersede and
 * retire, each audited; bad input refused with every problem and nothing written; a stale
 * edit refused; ending an item a legal hold reaches refused until the release; and the
 * fields set by hand recorded with who set them.
 */
@Transactional
@Import(ModelFixture.class)
@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
abstract class ScheduleItemEditContract {

	@Autowired
	ScheduleService schedules;

	@Autowired
	HoldService holds;

	@Autowired
	ModelFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	long department;

	@BeforeEach
	void department() {
		this.department = this.fixture.organization(null, "DEPT", OrganizationKind.DEPARTMENT);
		this.fixture.bind("records", this.department);
	}

	@Test
	void anItemMadeByHandWithNoSuccessorIsSavedAuditedAndMarkedAsTheOfficers() {
		ScheduleItemRow saved = this.schedules.save(draft("A-1", "010", "Pilot chats", "3 years"));
		assertThat(saved.reference()).isEqualTo("A-1 / 010");
		assertThat(saved.minRetention()).isEqualTo("P3Y");
		assertThat(saved.supersededBy()).isNull();
		assertThat(saved.authority()).isNull();
		assertThat(events("schedule.item.created", "A-1 / 010")).isOne();
		assertThat(this.jdbc.queryForList(
				"select field from schedule_item_officer_field where schedule_item_id = ? and set_by = 'records'",
				String.class, saved.id()))
			.contains("title", "min_retention", "cutoff_rule", "effective_from")
			.doesNotContain("superseded_by", "authority");
	}

	@Test
	void badInputIsRefusedWithEveryProblemAndWritesNothing() {
		long items = count("select count(*) from schedule_item");
		long audit = count("select count(*) from audit_event");
		ScheduleItemDraft bad = new ScheduleItemDraft(null, 0, "A-1", "Agency schedule", ScheduleKind.AGENCY, "010",
				null, " ", Disposition.TEMPORARY, "forever", null, null, LocalDate.of(2026, 1, 1),
				LocalDate.of(2025, 1, 1), "A-1 / 999", false);
		ValidationException refused = catchThrowableOfType(ValidationException.class, () -> this.schedules.save(bad));
		assertThat(refused.problems()).extracting(Problem::column)
			.contains("title", "min_retention", "effective_to", "superseded_by");
		assertThat(refused.getMessage()).doesNotContain("Exception");
		assertThat(count("select count(*) from schedule_item")).isEqualTo(items);
		assertThat(count("select count(*) from audit_event")).isEqualTo(audit);
	}

	@Test
	void anEditIsAuditedMarksOnlyTheChangedFieldsAndAStaleOneIsRefused() {
		ScheduleItemRow item = this.schedules.save(draft("A-1", "010", "Pilot chats", "P3Y"));
		this.jdbc.update("delete from schedule_item_officer_field");
		ScheduleItemDraft edit = edited(item, "Pilot chats and calls", "Cut off at the end of the pilot");
		ScheduleItemRow saved = this.schedules.save(edit);
		assertThat(saved.title()).isEqualTo("Pilot chats and calls");
		assertThat(events("schedule.item.updated", "A-1 / 010")).isOne();
		assertThat(this.jdbc.queryForList("select field from schedule_item_officer_field", String.class))
			.containsExactlyInAnyOrder("title", "cutoff_rule");
		assertThat(catchThrowableOfType(StaleEditException.class, () -> this.schedules.save(edit))).isNotNull();
	}

	@Test
	void supersedingEndsTheItemNamesItsSuccessorAndIsAudited() {
		ScheduleItemRow old = this.schedules.save(draft("A-1", "010", "Pilot chats", "P3Y"));
		this.schedules.save(draft("A-1", "020", "Messenger records", "P7Y"));
		assertThat(catchThrowableOfType(ValidationException.class,
				() -> this.schedules.supersede(old.id(), old.version(), " ", null))
			.problems()).extracting(Problem::column).containsExactly("superseded_by");
		assertThat(catchThrowableOfType(ValidationException.class,
				() -> this.schedules.supersede(old.id(), old.version(), "A-1 / 999", null))
			.problems()).extracting(Problem::column).containsExactly("superseded_by");
		ScheduleItemRow superseded = this.schedules.supersede(old.id(), old.version(), "A-1/020",
				LocalDate.of(2026, 6, 30));
		assertThat(superseded.supersededBy()).isEqualTo("A-1 / 020");
		assertThat(superseded.effectiveTo()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(events("schedule.item.superseded", "A-1 / 010")).isOne();
		assertThat(catchThrowableOfType(ValidationException.class,
				() -> this.schedules.supersede(9_999_999, 0, "A-1 / 020", null))
			.getMessage()).contains("No such schedule item");
	}

	/**
	 * {@link ScheduleService#item} reads one item by its key and gives what
	 * {@link ScheduleService#items} gives for it, its successor's reference included.
	 */
	@Test
	void anItemIsReadByItsIdAsTheListShowsIt() {
		ScheduleItemRow old = this.schedules.save(draft("A-1", "010", "Pilot chats", "P3Y"));
		ScheduleItemRow successor = this.schedules.save(draft("B-2", "020", "Messenger records", "P7Y"));
		this.schedules.supersede(old.id(), old.version(), "B-2 / 020", LocalDate.of(2026, 6, 30));
		ScheduleItemRow found = this.schedules.item(old.id()).orElseThrow();
		assertThat(found.supersededBy()).isEqualTo("B-2 / 020");
		assertThat(found)
			.isEqualTo(this.schedules.items().stream().filter((row) -> row.id() == old.id()).findFirst().orElseThrow());
		assertThat(this.schedules.item(successor.id()).orElseThrow().supersededBy()).isNull();
		assertThat(this.schedules.item(9_999_999)).isEmpty();
	}

	@Test
	void retiringEndsTheItemOnceAndIsAudited() {
		ScheduleItemRow item = this.schedules.save(draft("A-1", "010", "Pilot chats", "P3Y"));
		ScheduleItemRow retired = this.schedules.retire(item.id(), item.version(), LocalDate.of(2026, 3, 31));
		assertThat(retired.effectiveTo()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(retired.supersededBy()).isNull();
		assertThat(events("schedule.item.retired", "A-1 / 010")).isOne();
		assertThat(catchThrowableOfType(ValidationException.class,
				() -> this.schedules.retire(item.id(), retired.version(), LocalDate.of(2026, 4, 30)))
			.problems()).extracting(Problem::column).containsExactly("effective_to");
		assertThat(catchThrowableOfType(ValidationException.class,
				() -> this.schedules.retire(item.id(), retired.version(), LocalDate.of(2019, 1, 1)))
			.problems()).extracting(Problem::column).contains("effective_to");
	}

	@Test
	void anItemThatReachesAHeldGroupIsNotEndedUntilTheHoldIsReleased() {
		long wickr = this.fixture.platform("Wickr", PlatformKind.WICKR);
		long group = this.fixture.group(wickr, this.department, "Held pilot", ModelFixture.kept());
		ScheduleItemRow item = this.schedules.save(draft("A-1", "010", "Pilot chats", "P3Y"));
		this.schedules.save(draft("A-1", "020", "Messenger records", "P7Y"));
		this.schedules.assign(item.id(), AssignmentTarget.GROUP, group, null);
		var hold = this.holds.place(new HoldDraft(HoldKind.FOIA, "FOIA-2026-0100", "Pilot records", null,
				Instant.now().minusSeconds(60), Set.of(), Set.of(group), Set.of()));
		ScheduleItemRow current = this.schedules.item(item.id()).orElseThrow();
		FrozenByHoldException refused = catchThrowableOfType(FrozenByHoldException.class,
				() -> this.schedules.retire(item.id(), current.version(), null));
		assertThat(refused.holds()).singleElement().asString().contains("FOIA-2026-0100");
		assertThat(refused.getMessage()).contains("36 CFR 1236.20(b)(7)");
		assertThat(catchThrowableOfType(FrozenByHoldException.class,
				() -> this.schedules.supersede(item.id(), current.version(), "A-1 / 020", null)))
			.as("superseding ends it too")
			.isNotNull();
		assertThat(this.schedules.item(item.id()).orElseThrow().effectiveTo()).isNull();
		as("records", () -> this.holds.release(hold.id(), hold.version(), Instant.now(), "Request answered"),
				"RECORDS_OFFICER");
		assertThat(this.schedules.retire(item.id(), current.version(), null).effectiveTo()).isNotNull();
	}

	private static ScheduleItemDraft draft(String code, String number, String title, String retention) {
		return new ScheduleItemDraft(null, 0, code, "Agency schedule", ScheduleKind.AGENCY, number, "", title,
				Disposition.TEMPORARY, retention, "Cut off annually", "", LocalDate.of(2024, 1, 1), null, "", false);
	}

	private static ScheduleItemDraft edited(ScheduleItemRow i, String title, String cutoff) {
		return new ScheduleItemDraft(i.id(), i.version(), i.scheduleCode(), i.scheduleTitle(), i.scheduleKind(),
				i.itemNumber(), "", title, i.disposition(), "3 years", cutoff, "", i.effectiveFrom(), null, "",
				i.verifyAgainstNara());
	}

	private long events(String action, String target) {
		return count("select count(*) from audit_event where action = '" + action + "' and target_id = '" + target
				+ "' and actor = 'records'");
	}

	private long count(String sql) {
		Long n = this.jdbc.queryForObject(sql, Long.class);
		return (n != null) ? n : 0;
	}

}
