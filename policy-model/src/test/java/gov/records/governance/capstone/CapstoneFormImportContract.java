package gov.records.governance.capstone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.MovableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing NA-1005 forms on every database: both layouts, all or nothing, idempotent
 * re-import, and the superseding chain kept in history.
 */
@Transactional
@Import(MovableClock.Config.class)
@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
abstract class CapstoneFormImportContract {

	@Autowired
	CapstoneFormService forms;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MovableClock clock;

	@BeforeEach
	void now() {
		this.clock.set(Instant.parse("2026-12-01T10:00:00Z"));
	}

	@Test
	void importsTheFormsWithTheirPositionsAndCounts() {
		FormImportReport report = this.forms.importForms("forms.json",
				Na1005FilesTest.resource(Na1005FilesTest.JSON_FIXTURE));
		assertThat(report.format()).isEqualTo("JSON");
		assertThat(report.created()).containsExactly("GRS 6.1-0428-2017-0001", "GRS 6.1-0064-2018-0002");
		assertThat(report.remarks()).anyMatch((r) -> r.contains("Chief Financial Officer"));
		FormRow navy = this.forms.forms()
			.stream()
			.filter((f) -> f.number().equals("GRS 6.1-0428-2017-0001"))
			.findFirst()
			.orElseThrow();
		assertThat(navy.agency()).isEqualTo("Department of the Navy");
		assertThat(navy.positions()).isEqualTo(10);
		assertThat(navy.inForce()).isTrue();
		assertThat(navy.importedBy()).isEqualTo("records");
		assertThat(this.forms.positions(navy.id()))
			.extracting(PositionRow::category, PositionRow::title, PositionRow::accounts)
			.contains(org.assertj.core.groups.Tuple.tuple(3, "Principal Military Deputy, ASN (RD&A)", 2),
					org.assertj.core.groups.Tuple.tuple(5, "Board Member", 3),
					org.assertj.core.groups.Tuple.tuple(4, "Chief Financial Officer", null));
		assertThat(auditEvents("capstone.forms.imported")).isEqualTo(1);
	}

	@Test
	void reimportingTheSameFormsInEitherLayoutChangesNothing() {
		this.forms.importForms("forms.json", Na1005FilesTest.resource(Na1005FilesTest.JSON_FIXTURE));
		long forms = count("capstone_form");
		long positions = count("capstone_position");
		long events = count("audit_event");
		FormImportReport again = this.forms.importForms("forms.csv",
				Na1005FilesTest.resource(Na1005FilesTest.CSV_FIXTURE));
		assertThat(again.created()).isEmpty();
		assertThat(again.unchanged()).hasSize(2);
		assertThat(count("capstone_form")).isEqualTo(forms);
		assertThat(count("capstone_position")).isEqualTo(positions);
		assertThat(count("audit_event")).isEqualTo(events);
	}

	@Test
	void aFileWithOneUnreadableFormWritesNothing() {
		String text = new String(Na1005FilesTest.resource(Na1005FilesTest.CSV_FIXTURE), StandardCharsets.UTF_8)
			.stripTrailing() + "\r\nGRS 6.1-0999-2020-0001,someday,,Agency\r\n";
		assertThatThrownBy(() -> this.forms.importForms("forms.csv", text.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(FormImportException.class,
					(ex) -> assertThat(ex.formProblems()).singleElement().satisfies((p) -> {
						assertThat(p.position()).isEqualTo(3);
						assertThat(p.form()).isEqualTo("GRS 6.1-0999-2020-0001");
						assertThat(p.field()).isEqualTo(Na1005.RECEIVED);
					}));
		assertThat(count("capstone_form")).isZero();
		assertThat(count("capstone_position")).isZero();
	}

	@Test
	void aChangedFormUnderAnImportedNumberIsRefused() {
		this.forms.importForms("a.csv",
				Na1005FilesTest.csv("GRS 6.1-0001-2020-0001", "Agency", "Director, 1", "1", "2020-01-01"));
		assertThatThrownBy(() -> this.forms.importForms("b.csv",
				Na1005FilesTest.csv("GRS 6.1-0001-2020-0001", "Agency", "Director, 2", "2", "2020-01-01")))
			.isInstanceOfSatisfying(FormImportException.class,
					(ex) -> assertThat(ex.formProblems()).singleElement()
						.extracting(FormProblem::reason)
						.asString()
						.contains("already imported"));
		assertThat(this.forms.positionsInForce()).singleElement().extracting(PositionRow::accounts).isEqualTo(1);
	}

	@Test
	void aSupersedingFormReplacesThePreviousOneWhichStaysInHistory() {
		this.forms.importForms("2016.csv", superseding("GRS 6.1-0001-2016-0001", "", "Director, 1"));
		this.clock.set(Instant.parse("2026-12-02T10:00:00Z"));
		FormImportReport second = this.forms.importForms("2020.csv",
				superseding("GRS 6.1-0001-2020-0001", "GRS 6.1-0001-2016-0001", "Director, 1; Deputy Director, 1"));
		assertThat(second.superseded()).containsExactly("GRS 6.1-0001-2016-0001");
		this.clock.set(Instant.parse("2026-12-03T10:00:00Z"));
		this.forms.importForms("2024.csv",
				superseding("GRS 6.1-0001-2024-0001", "GRS 6.1-0001-2020-0001", "Administrator, 1"));
		assertThat(this.forms.forms()).extracting(FormRow::number, FormRow::supersededBy)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("GRS 6.1-0001-2024-0001", null),
					org.assertj.core.groups.Tuple.tuple("GRS 6.1-0001-2020-0001", "GRS 6.1-0001-2024-0001"),
					org.assertj.core.groups.Tuple.tuple("GRS 6.1-0001-2016-0001", "GRS 6.1-0001-2020-0001"));
		assertThat(this.forms.positionsInForce()).extracting(PositionRow::title).containsExactly("Administrator");
		assertThatThrownBy(() -> this.forms.importForms("fork.csv",
				superseding("GRS 6.1-0001-2025-0001", "GRS 6.1-0001-2020-0001", "Director, 1")))
			.isInstanceOf(FormImportException.class)
			.hasMessageContaining("already superseded");
	}

	@Test
	@WithMockUser(username = "inspector", roles = "INSPECTOR")
	void onlyARecordsOfficerImports() {
		assertThatThrownBy(
				() -> this.forms.importForms("forms.json", Na1005FilesTest.resource(Na1005FilesTest.JSON_FIXTURE)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.forms.forms()).isEmpty();
	}

	private static byte[] superseding(String number, String previous, String category1) {
		return ("Number,Name of Agency to Which this Form Applies,Superseding a Previous Submission,"
				+ "Previous Tracking Number,Category 1 Position Title/Role and Number of Accounts\n" + number
				+ ",Agency," + (previous.isEmpty() ? "No" : "Yes") + "," + previous + ",\"" + category1 + "\"\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private long auditEvents(String action) {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = ?", Long.class, action);
	}

}
