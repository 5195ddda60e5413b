package gov.records.governance.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.records.governance.shared.Problem;
import gov.records.governance.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
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
@WithMockUser(username = "records", roles = "RECORDS_OFFICER")
abstract class ScheduleImportContract {

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
