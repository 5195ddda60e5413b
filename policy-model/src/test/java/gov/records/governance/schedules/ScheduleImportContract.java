package gov.records.governance.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import gov.records.governance.MovableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedule import and export on every database: both CSV layouts and JSON, idempotence,
 * exact round trips, and every kind of bad file refused with its problems while nothing
 * changes.
 */
@Transactional
@Import(MovableClock.Config.class)
@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
abstract class ScheduleImportContract {

	/**
	 * An excerpt of NARA's published GRS CSV (Transmittal 36): see SOURCE.md beside it.
	 */
	static final String NARA_FIXTURE = "/schedules/nara-grs-transmittal36-excerpt.csv";

	static final String HEADER = "schedule_code,schedule_title,schedule_kind,item_number,authority,title,disposition,"
			+ "min_retention,cutoff_rule,scope,effective_from,effective_to,superseded_by,verify_against_nara\n";

	/**
	 * In export order (by schedule code, then item number), so an export reproduces it
	 * byte for byte.
	 */
	static final String CONSOLE_CSV = HEADER
			+ "GRS 5.2,Transitory records,GRS,010,DAA-GRS-2022-0009-0001,Transitory,TEMPORARY,,"
			+ "Destroy when no longer needed,,2022-12-01,,,false\n"
			+ "GRS 6.1,Email and other messages,GRS,010,DAA-GRS-2014-0001-0001,Capstone officials,PERMANENT,,"
			+ "Cut off annually,\"Agency heads, deputies\",2023-01-01,,,true\n"
			+ "GRS 6.1,Email and other messages,GRS,011,DAA-GRS-2014-0001-0002,All other roles,TEMPORARY,P7Y,"
			+ "Cut off annually,,2023-01-01,,,true\n";

	@Autowired
	ScheduleService schedules;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MovableClock clock;

	@BeforeEach
	void now() {
		this.clock.set(Instant.now());
	}

	@Test
	void importingTheSameFileTwiceChangesNothingTheSecondTime() {
		ImportReport first = this.schedules.importFile("grs.csv", bytes(CONSOLE_CSV));
		assertThat(first.created()).isEqualTo(3);
		long events = auditEvents();
		ImportReport second = this.schedules.importFile("grs.csv", bytes(CONSOLE_CSV));
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(3);
		assertThat(auditEvents()).isEqualTo(events + 1);
	}

	@Test
	void exportThenImportRoundTripsExactlyInBothFormats() {
		this.schedules.importFile("grs.csv", bytes(CONSOLE_CSV));
		byte[] csv = this.schedules.exportCsv();
		byte[] json = this.schedules.exportJson();
		assertThat(this.schedules.importFile("export.csv", csv).unchanged()).isEqualTo(3);
		assertThat(this.schedules.importFile("export.json", json).unchanged()).isEqualTo(3);
		assertThat(this.schedules.exportCsv()).isEqualTo(csv);
		assertThat(this.schedules.exportJson()).isEqualTo(json);
		assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo(CONSOLE_CSV.replace("\n", "\r\n"));
	}

	@Test
	void aChangedRowUpdatesOnlyThatItem() {
		this.schedules.importFile("grs.csv", bytes(CONSOLE_CSV));
		ImportReport report = this.schedules.importFile("grs.csv", bytes(CONSOLE_CSV.replace("P7Y", "P8Y")));
		assertThat(report.updated()).isEqualTo(1);
		assertThat(report.unchanged()).isEqualTo(2);
	}

	@Test
	void naraGrsLayoutIsRecognisedAndMapped() {
		String nara = """
				GRS Number,Schedule Title,Item Number,Item Title,Disposition Authority Number,Retention,Retention Type,Event Type,Disposition,Disposition Instruction
				6.1,Email and Other Electronic Messages,011,Email of non-Capstone officials,DAA-GRS-2014-0001-0002,7,Creation_age,,Destroy,"Temporary. Delete 7 years after creation."
				6.1,Email and Other Electronic Messages,010,Email of Capstone officials,DAA-GRS-2014-0001-0001,15,Event_age,Cutoff,Transfer,"Permanent. Cut off annually."
				4.2,Information Access and Protection Records,020,Access and disclosure request files,DAA-GRS-2016-0002-0001,6,Event_age,Final_action,Destroy,"Temporary. Destroy 6 years after final agency action."
				""";
		ImportReport report = this.schedules.importFile("grs-machine.csv", bytes(nara));
		assertThat(report.format()).isEqualTo("CSV (NARA GRS layout)");
		assertThat(report.created()).isEqualTo(3);
		ScheduleItemRow foia = this.schedules.items()
			.stream()
			.filter((i) -> i.reference().equals("GRS 4.2 / 020"))
			.findFirst()
			.orElseThrow();
		assertThat(foia.minRetention()).isEqualTo("P6Y");
		assertThat(foia.cutoffRule()).isEqualTo("Event_age: Final action");
		assertThat(this.schedules.items().stream().filter((i) -> i.reference().equals("GRS 6.1 / 010")).findFirst())
			.get()
			.satisfies((i) -> {
				assertThat(i.disposition()).isEqualTo(Disposition.PERMANENT);
				assertThat(i.minRetention()).isNull();
			});
		assertThat(this.schedules.importFile("grs-machine.csv", bytes(nara)).unchanged()).isEqualTo(3);
	}

	@Test
	void everyBadRowIsReportedWithRowColumnAndReasonAndNothingIsWritten() {
		String bad = HEADER + "GRS 6.1,Email,GRS,011,DAA-1,Others,TEMPORARY,P7Y,,,2023-02-30,,,true\n"
				+ "GRS 6.1,Email,GRS,012,DAA-2,Admin,TEMPORARY,-P3Y,,,2023-01-01,,,true\n"
				+ "GRS 6.1,Email,GRS,013,DAA-3,Huge,TEMPORARY,P500Y,,,2023-01-01,,,true\n"
				+ "GRS 6.1,Email,GRS,011,DAA-1,Duplicate,TEMPORARY,P7Y,,,2023-01-01,,,true\n"
				+ "GRS 6.1,Email,GRS,014,DAA-4,Odd,MAYBE,,,,2023-01-01,,,true\n"
				+ "GRS 6.1,Email,GRS,015,DAA-5,Perm,PERMANENT,P3Y,,,2023-01-01,,,true\n";
		assertRefused("bad.csv", bytes(bad), "effective_from", "min_retention", "item_number", "disposition");
		ValidationException refused = refusal("bad.csv", bytes(bad));
		assertThat(refused.problems()).extracting(Problem::row).contains(2, 3, 4, 5, 6, 7);
		assertThat(refused.problems()).anySatisfy((p) -> assertThat(p.reason()).contains("100 years"));
		assertThat(refused.problems()).anySatisfy((p) -> assertThat(p.reason()).contains("appears more than once"));
	}

	@Test
	void wrongColumnsAreNamed() {
		ValidationException refused = refusal("x.csv", bytes("schedule_code,title,colour\nA,B,C\n"));
		assertThat(refused.problems()).extracting(Problem::column).contains("item_number", "colour");
		assertThat(refusal("y.csv", bytes("foo,bar\n1,2\n")).getMessage()).contains("match neither");
	}

	@Test
	void filesThatAreNotSchedulesAreRefusedWhole() {
		assertThat(refusal("empty.csv", new byte[0]).getMessage()).contains("empty");
		assertThat(refusal("latin1.csv", (HEADER + "GRS 6.1,Caf\u00e9,GRS,1,,T,PERMANENT,,,,2023-01-01,,,true\n")
			.getBytes(StandardCharsets.ISO_8859_1)).getMessage()).contains("not UTF-8");
		byte[] noise = new byte[10 * 1024 * 1024];
		new Random(7).nextBytes(noise);
		assertThat(refusal("noise.csv", noise).getMessage()).contains("at most 5 MB");
		byte[] smallNoise = new byte[4096];
		new Random(8).nextBytes(smallNoise);
		assertThat(refusal("noise2.csv", smallNoise).problems()).isNotEmpty();
		assertThat(refusal("bad.json", bytes("{\"format\": \"something-else\"}")).getMessage())
			.contains("not a schedules export");
		assertThat(refusal("broken.json", bytes("{\"format\": ")).getMessage()).contains("not valid JSON");
		assertThat(refusal("header-only.csv", bytes(HEADER)).getMessage()).contains("no rows");
	}

	@Test
	void narasPublishedFileIsReadAsNaraPublishesIt() {
		ImportReport report = this.schedules.importFile("grs-csv-transmittal36.csv", naraFixture());
		assertThat(report.format()).isEqualTo("CSV (NARA GRS layout)");
		assertThat(report.created()).isEqualTo(13);
		assertThat(report.skipped()).as("GRS 4.2.010 is superseded and not in the catalogue").isEqualTo(1);
		assertThat(item("GRS 6.1 / 011")).satisfies((i) -> {
			assertThat(i.title()).isEqualTo("Email and other types of electronic messages of Non-Capstone officials"
					+ " - All others except those in item 012");
			assertThat(i.scheduleTitle()).isEqualTo("Capstone Email and Electronic Messages");
			assertThat(i.scheduleKind()).isEqualTo(ScheduleKind.GRS);
			assertThat(i.authority()).isEqualTo("DAA-GRS-2022-0006-0002");
			assertThat(i.disposition()).isEqualTo(Disposition.TEMPORARY);
			assertThat(i.minRetention()).isEqualTo("P7Y");
			assertThat(i.cutoffRule()).isEqualTo("Creation_Age");
			assertThat(i.effectiveFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
			assertThat(i.verifyAgainstNara()).isFalse();
		});
		assertThat(item("GRS 6.1 / 010")).satisfies((i) -> {
			assertThat(i.disposition()).isEqualTo(Disposition.PERMANENT);
			assertThat(i.minRetention()).isNull();
			assertThat(i.verifyAgainstNara()).as("[Variable]: the agency's NA-1005 decides").isTrue();
		});
		assertThat(item("GRS 1.1 / 010")).satisfies((i) -> {
			assertThat(i.minRetention()).isEqualTo("P6Y");
			assertThat(i.cutoffRule()).isEqualTo("Event_Age: Final action");
			assertThat(i.effectiveFrom()).isEqualTo(LocalDate.of(2021, 12, 1));
		});
		assertThat(item("GRS 2.3 / 060").minRetention()).as("a range counts as its upper bound").isEqualTo("P7Y");
		assertThat(item("GRS 2.3 / 060").verifyAgainstNara()).isTrue();
		assertThat(item("GRS 3.2 / 035").minRetention()).isEqualTo("P3D");
		assertThat(item("GRS 5.6 / 021").minRetention()).isEqualTo("P6M");
		assertThat(item("GRS 5.6 / 090").minRetention()).isEqualTo("P30D");
		assertThat(item("GRS 5.2 / 010").minRetention()).isNull();
		assertThat(item("GRS 5.2 / 010").verifyAgainstNara()).isFalse();
		assertThat(item("GRS 3.2 / 060").authority()).isEqualTo("N1-GRS-07-003, item 13a1");
		assertThat(item("GRS 3.2 / 060").verifyAgainstNara()).isTrue();
		assertThat(item("GRS 6.2 / 010").cutoffRule()).isEqualTo("Creation_Age; transfer after P15Y");
		assertThat(this.schedules.items()).noneMatch((i) -> i.reference().equals("GRS 4.2 / 010"));
	}

	@Test
	void reimportingNarasFileDaysLaterChangesNothingAndKeepsWhatTheOfficerSet() {
		this.schedules.importFile("grs-csv-transmittal36.csv", naraFixture());
		ScheduleItemRow before = item("GRS 6.1 / 011");
		this.schedules.save(new ScheduleItemDraft(before.id(), before.version(), before.scheduleCode(),
				before.scheduleTitle(), before.scheduleKind(), before.itemNumber(), before.authority(), before.title(),
				before.disposition(), before.minRetention(), before.cutoffRule(), "Messenger pilot",
				LocalDate.of(2023, 3, 1), LocalDate.of(2030, 12, 31), "GRS 6.1 / 012", true));
		long events = auditEvents();
		this.clock.advance(Duration.ofDays(3));
		ImportReport again = this.schedules.importFile("grs-csv-transmittal36.csv", naraFixture());
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(13);
		assertThat(auditEvents()).as("only the import itself").isEqualTo(events + 1);
		assertThat(item("GRS 6.1 / 011")).satisfies((i) -> {
			assertThat(i.scopeText()).isEqualTo("Messenger pilot");
			assertThat(i.effectiveFrom()).isEqualTo(LocalDate.of(2023, 3, 1));
			assertThat(i.effectiveTo()).isEqualTo(LocalDate.of(2030, 12, 31));
			assertThat(i.supersededBy()).isEqualTo("GRS 6.1 / 012");
			assertThat(i.verifyAgainstNara()).isTrue();
		});
	}

	@Test
	void reimportingNarasFileKeepsTheTitleAndCutoffAnOfficerEditedAndSaysSo() {
		this.schedules.importFile("grs-csv-transmittal36.csv", naraFixture());
		ScheduleItemRow foia = item("GRS 4.2 / 020");
		this.schedules.save(new ScheduleItemDraft(foia.id(), foia.version(), foia.scheduleCode(), foia.scheduleTitle(),
				foia.scheduleKind(), foia.itemNumber(), foia.authority(), "FOIA and Privacy Act request case files",
				foia.disposition(), foia.minRetention(), "Cut off when the request is closed", foia.scopeText(),
				foia.effectiveFrom(), foia.effectiveTo(), foia.supersededBy(), foia.verifyAgainstNara()));
		long events = auditEvents();
		this.clock.advance(Duration.ofDays(3));
		ImportReport again = this.schedules.importFile("grs-csv-transmittal36.csv", naraFixture());
		assertThat(again.updated()).isZero();
		assertThat(auditEvents()).as("only the import itself").isEqualTo(events + 1);
		assertThat(item("GRS 4.2 / 020")).satisfies((i) -> {
			assertThat(i.title()).isEqualTo("FOIA and Privacy Act request case files");
			assertThat(i.cutoffRule()).isEqualTo("Cut off when the request is closed");
		});
		assertThat(again.kept()).extracting(KeptField::item, KeptField::field, KeptField::setBy)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("GRS 4.2 / 020", "title", "records"),
					org.assertj.core.groups.Tuple.tuple("GRS 4.2 / 020", "cutoff_rule", "records"));
		String csv = HEADER + "GRS 4.2,Information Access and Protection Records,GRS,020,DAA-GRS-2016-0002-0001,"
				+ "Access and disclosure request files,TEMPORARY,P6Y,Final_action,,2023-01-01,,,true\n";
		ImportReport console = this.schedules.importFile("grs.csv", bytes(csv));
		assertThat(console.kept()).extracting(KeptField::field).contains("title", "cutoff_rule");
		assertThat(item("GRS 4.2 / 020").title()).isEqualTo("FOIA and Privacy Act request case files");
	}

	@Test
	void aNaraFileWithoutDatesChangesNothingWhenImportedAgainOnAnotherDay() {
		String nara = """
				GRS Number,Item Number,Item Title,Disposition Authority Number,Retention,Retention Type,Disposition
				6.1,011,Email of non-Capstone officials,DAA-GRS-2014-0001-0002,7,Creation_age,Destroy
				5.2,010,Transitory records,DAA-GRS-2022-0009-0001,0,Event_age,Destroy
				""";
		assertThat(this.schedules.importFile("grs.csv", bytes(nara)).created()).isEqualTo(2);
		LocalDate firstDay = item("GRS 6.1 / 011").effectiveFrom();
		this.clock.advance(Duration.ofDays(2));
		ImportReport again = this.schedules.importFile("grs.csv", bytes(nara));
		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(again.updated()).isZero();
		assertThat(item("GRS 6.1 / 011").effectiveFrom()).isEqualTo(firstDay);
	}

	@Test
	void aSupersededNaraRowRetiresTheItemTheCatalogueHoldsAndKeepsItsRetention() {
		this.schedules.importFile("grs.csv",
				bytes(HEADER + "GRS 4.2,Information access,GRS,010,DAA-GRS-2016-0002-0001,General information requests,"
						+ "TEMPORARY,P90D,,,2016-01-01,,,false\n"));
		ImportReport report = this.schedules.importFile("grs-csv-transmittal36.csv", naraFixture());
		assertThat(report.updated()).isEqualTo(1);
		assertThat(report.skipped()).isZero();
		assertThat(item("GRS 4.2 / 010")).satisfies((i) -> {
			assertThat(i.supersededBy()).isEqualTo("GRS 5.2 / 010");
			assertThat(i.disposition()).isEqualTo(Disposition.TEMPORARY);
			assertThat(i.minRetention()).isEqualTo("P90D");
			assertThat(i.authority()).isEqualTo("DAA-GRS-2016-0002-0001");
		});
		assertThat(this.schedules.importFile("grs-csv-transmittal36.csv", naraFixture()).unchanged()).isEqualTo(14);
	}

	@Test
	void badRowsInNarasLayoutAreRefusedWithRowColumnAndReasonAndNothingIsWritten() {
		String bad = """
				GRS ID,Record Title,Disposition,Retention (Years),Retention Type,Event Type (General),Disposition Authority,Superseded by,Last Updated
				GRS 6.1.011,Non-Capstone messages,Temporary,7,Creation_Age,,DAA-GRS-2022-0006-0002,,13/2021
				GRS 6.1.012,Support positions,Maybe,3,Creation_Age,,DAA-GRS-2022-0006-0003,,01/2023
				GRS 6.1.011,Non-Capstone messages again,Temporary,7,Creation_Age,,DAA-GRS-2022-0006-0002,,01/2023
				Email,Not an item,Temporary,1,Creation_Age,,DAA-GRS-2022-0006-0004,,01/2023
				GRS 5.2.010,Transitory,Temporary,-3,Event_Age,No longer needed,DAA-GRS-2022-0009-0001,,6/2023
				GRS 4.2.010,General information requests,Temporary,3,Creation_Age,,DAA-GRS-2016-0002-0009,DAA-GRS-1999-0000-0000,6/2023
				""";
		ValidationException refused = refusal("grs.csv", bytes(bad));
		assertThat(refused.problems()).contains(
				new Problem(2, "Last Updated", "'13/2021' is not a date (YYYY-MM-DD, M/D/YYYY, or a month as MM/YYYY)"),
				new Problem(3, "Disposition", "'Maybe' is not Temporary or Permanent"),
				new Problem(4, "GRS ID", "GRS 6.1 / 011 appears more than once"),
				new Problem(5, "GRS ID", "'Email' is not a GRS item id such as GRS 6.1.011"));
		assertThat(refused.problems()).anySatisfy((p) -> {
			assertThat(p.row()).isEqualTo(6);
			assertThat(p.column()).isEqualTo("Retention (Years)");
		});
		assertThat(refused.problems()).anySatisfy((p) -> {
			assertThat(p.row()).isEqualTo(7);
			assertThat(p.column()).isEqualTo("Superseded by");
			assertThat(p.reason()).contains("DAA-GRS-1999-0000-0000");
		});
	}

	@Test
	void aNaraRowMayLeaveOutItsTrailingUnnamedCells() {
		String nara = "GRS ID,Record Title,Disposition,Retention (Years),Retention Type,Event Type (General),"
				+ "Disposition Authority,,,\nGRS 5.2.010,Transitory records,Temporary,0,Event_Age,No longer needed,"
				+ "DAA-GRS-2022-0009-0001\n";
		assertThat(this.schedules.importFile("grs.csv", bytes(nara)).created()).isEqualTo(1);
		assertThat(refusal("short.csv", bytes(nara.replace(",DAA-GRS-2022-0009-0001", ""))).problems())
			.extracting(Problem::row)
			.containsExactly(2);
	}

	@Test
	void badJsonItemsAreRefusedWithTheirPlaceAndReasonAndNothingIsWritten() {
		String json = """
				{"format": "records-governance-schedules", "version": 1, "schedules": [
				  {"code": "GRS 6.1", "title": "Messages", "kind": "GRS", "items": [
				    {"itemNumber": "011", "title": "Others", "disposition": "TEMPORARY", "minRetention": "P7Y",
				     "effectiveFrom": "2023-02-30"},
				    {"itemNumber": "012", "title": "Support", "disposition": "SOMETIMES", "effectiveFrom": "2023-01-01"},
				    {"itemNumber": "011", "title": "Others again", "disposition": "TEMPORARY", "minRetention": "P7Y",
				     "effectiveFrom": "2023-01-01"}
				  ]}
				]}
				""";
		ValidationException refused = refusal("grs.json", bytes(json));
		assertThat(refused.problems()).contains(
				new Problem(1, "schedules[0].items[0].effectiveFrom", "'2023-02-30' is not a date as YYYY-MM-DD"),
				new Problem(2, "schedules[0].items[1].disposition", "'SOMETIMES' is not PERMANENT or TEMPORARY"),
				new Problem(3, "item_number", "GRS 6.1 / 011 appears more than once"));
	}

	private ScheduleItemRow item(String reference) {
		return this.schedules.items()
			.stream()
			.filter((i) -> i.reference().equals(reference))
			.findFirst()
			.orElseThrow(() -> new AssertionError(reference + " not in the catalogue"));
	}

	private static byte[] naraFixture() {
		try (InputStream in = Objects.requireNonNull(ScheduleImportContract.class.getResourceAsStream(NARA_FIXTURE))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void assertRefused(String name, byte[] content, String... columns) {
		ValidationException refused = refusal(name, content);
		assertThat(refused.problems()).extracting(Problem::column).contains(columns);
	}

	private ValidationException refusal(String name, byte[] content) {
		long items = count("schedule_item");
		long events = auditEvents();
		ValidationException refused = (ValidationException) org.assertj.core.api.Assertions
			.catchThrowable(() -> this.schedules.importFile(name, content));
		assertThat(refused).as("import of %s", name).isNotNull();
		assertThat(count("schedule_item")).isEqualTo(items);
		assertThat(auditEvents()).isEqualTo(events);
		assertThatThrownBy(() -> {
			throw refused;
		}).isInstanceOf(ValidationException.class);
		return refused;
	}

	private long auditEvents() {
		return count("audit_event");
	}

	private long count(String table) {
		Long n = this.jdbc.queryForObject("select count(*) from " + table, Long.class);
		return (n != null) ? n : 0;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
