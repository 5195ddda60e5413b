package gov.records.governance.capstone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading NA-1005 forms from NARA's two layouts, one test per oddity of real forms.
 */
class Na1005FilesTest {

	static final String JSON_FIXTURE = "/capstone/na1005-forms.json";

	static final String CSV_FIXTURE = "/capstone/na1005-forms.csv";

	@Test
	void theJsonAndTheCsvLayoutReadToTheSameForms() {
		Na1005Files.Parsed json = Na1005Files.read(resource(JSON_FIXTURE));
		Na1005Files.Parsed csv = Na1005Files.read(resource(CSV_FIXTURE));
		assertThat(json.problems()).isEmpty();
		assertThat(csv.problems()).isEmpty();
		assertThat(json.format()).isEqualTo("JSON");
		assertThat(csv.format()).isEqualTo("CSV");
		assertThat(json.forms()).hasSize(2);
		assertThat(csv.forms()).isEqualTo(json.forms());
		assertThat(FormImport.hash(csv.forms().get(0))).isEqualTo(FormImport.hash(json.forms().get(0)));
	}

	@Test
	void theNavyFormReadsAsAPersonWouldReadIt() {
		Na1005Form navy = Na1005Files.read(resource(CSV_FIXTURE)).forms().get(0);
		assertThat(navy.number()).isEqualTo("GRS 6.1-0428-2017-0001");
		assertThat(navy.agency()).isEqualTo("Department of the Navy");
		assertThat(navy.received()).isEqualTo(LocalDate.of(2016, 10, 27));
		assertThat(navy.archivistApproval()).isEqualTo(LocalDate.of(2017, 3, 2));
		assertThat(navy.totalAccounts()).isEqualTo(14);
		assertThat(navy.cutoffInstructions())
			.isEqualTo("Cut off at the end of the calendar year.\nCut off Capstone accounts when the official leaves.");
		assertThat(navy.positions()).containsExactly(new DesignatedPosition(1, "Secretary of the Navy", 1),
				new DesignatedPosition(2, "Under Secretary of the Navy", 1),
				new DesignatedPosition(2, "Chief of Naval Operations", 1),
				new DesignatedPosition(3, "Principal Military Deputy, ASN (RD&A)", 2),
				new DesignatedPosition(3, "Assistant Secretary of the Navy (Manpower and Reserve Affairs)", 1),
				new DesignatedPosition(4, "Chief Information Officer", 1),
				new DesignatedPosition(4, "Chief Financial Officer", null),
				new DesignatedPosition(5, "Board Member", 3), new DesignatedPosition(7, "General Counsel", 1),
				new DesignatedPosition(8, "Naval Inspector General", 1));
		assertThat(navy.categoryTotals()).containsEntry(4, 2).containsEntry(6, 0).doesNotContainKey(9);
		assertThat(navy.remarks()).anyMatch((r) -> r.contains("Category 4 Total Accounts is 2"))
			.anyMatch((r) -> r.contains("Total Accounts is 14 but the category totals add up to 13"))
			.anyMatch((r) -> r.contains("\"Chief Financial Officer\" gives no number"));
	}

	@Test
	void strayAndDoubledSpacesAreTidied() {
		assertThat(positions("  Under   Secretary\tof the Navy ,  1 ;;  Deputy  Secretary, 1  ")).containsExactly(
				new DesignatedPosition(2, "Under Secretary of the Navy", 1),
				new DesignatedPosition(2, "Deputy Secretary", 1));
	}

	@Test
	void aTrailingCommaWithNoNumberLeavesTheCountOpen() {
		assertThat(positions("Chief Financial Officer, "))
			.containsExactly(new DesignatedPosition(2, "Chief Financial Officer", null));
		assertThat(positions("Chief Financial Officer,"))
			.containsExactly(new DesignatedPosition(2, "Chief Financial Officer", null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Not applicable, no positions in this category", "Not Applicable", "N/A", "NA", "None",
			"None.", "No positions in this category.", "Not applicable - no positions",
			"There are no positions in this category", "-", "0", "  " })
	void theWaysOfSayingNoPositionReadAsNone(String cell) {
		List<String> problems = new ArrayList<>();
		assertThat(PositionCell.read(6, cell, problems, new ArrayList<>())).isEmpty();
		assertThat(problems).isEmpty();
	}

	@Test
	void titlesMayHoldCommasAndParentheses() {
		assertThat(positions("Principal Military Deputy, ASN (RD&A), 2; Director, Office of Policy (OP), 1"))
			.containsExactly(new DesignatedPosition(2, "Principal Military Deputy, ASN (RD&A)", 2),
					new DesignatedPosition(2, "Director, Office of Policy (OP)", 1));
	}

	@Test
	void aTitleWithCommasAndNoNumberIsKeptWhole() {
		assertThat(positions("Director, Office of Policy"))
			.containsExactly(new DesignatedPosition(2, "Director, Office of Policy", null));
	}

	@Test
	void aCountWrittenIntoTheTitleIsTakenOutOfIt() {
		assertThat(positions("Board Member (3 positions), 3"))
			.containsExactly(new DesignatedPosition(2, "Board Member", 3));
		assertThat(positions("Regional Administrator (10 positions)"))
			.containsExactly(new DesignatedPosition(2, "Regional Administrator", 10));
		List<String> remarks = new ArrayList<>();
		assertThat(PositionCell.read(2, "Commissioner (5 positions), 4", new ArrayList<>(), remarks))
			.containsExactly(new DesignatedPosition(2, "Commissioner", 4));
		assertThat(remarks).singleElement().asString().contains("gives 5 in the title and 4 after it");
	}

	@Test
	void datesAreReadInBothWritings() {
		assertThat(FormCells.date("2017-03-02")).isEqualTo(LocalDate.of(2017, 3, 2));
		assertThat(FormCells.date("10/27/2016")).isEqualTo(LocalDate.of(2016, 10, 27));
		assertThat(FormCells.date("3/2/2017")).isEqualTo(LocalDate.of(2017, 3, 2));
		assertThat(FormCells.date("2017-03-02T00:00:00")).isEqualTo(LocalDate.of(2017, 3, 2));
		assertThat(FormCells.date(" ")).isNull();
	}

	@Test
	void categoryTotalsThatDoNotAddUpAreRemarkedNotRefused() {
		Na1005Files.Parsed parsed = Na1005Files
			.read(csv("GRS 6.1-0001-2020-0001", "Agency", "Director, 2; Deputy Director, 1", "5", "2020-01-01"));
		assertThat(parsed.problems()).isEmpty();
		Na1005Form form = parsed.forms().get(0);
		assertThat(form.categoryTotals()).containsEntry(1, 5);
		assertThat(form.remarks())
			.anyMatch((r) -> r.contains("Category 1 Total Accounts is 5 but its positions add up to 3"));
	}

	@Test
	void lineBreaksInsideInstructionsAreKept() {
		String header = "Number,Name of Agency to Which this Form Applies,Transfer Instructions\n";
		Na1005Form form = Na1005Files
			.read((header + "GRS 6.1-0001-2020-0001,Agency,\"Transfer to NARA\r\n  15 years  after cutoff.\"\n")
				.getBytes(StandardCharsets.UTF_8))
			.forms()
			.get(0);
		assertThat(form.transferInstructions()).isEqualTo("Transfer to NARA\n15 years after cutoff.");
	}

	@Test
	void everyUnreadableFieldIsListedWithFormFieldAndReason() {
		String text = "Number,Name of Agency to Which this Form Applies,Received Date,Total Accounts,"
				+ "Category 2 Position Title/Role and Number of Accounts,Superseding a Previous Submission\n"
				+ "GRS 6.1-0001-2020-0001,Agency,13/45/2020,many,\", 3\",perhaps\n" + ",,2020-01-01,1,,No\n";
		Na1005Files.Parsed parsed = Na1005Files.read(text.getBytes(StandardCharsets.UTF_8));
		assertThat(parsed.forms()).isEmpty();
		assertThat(parsed.problems()).extracting(FormProblem::position, FormProblem::form, FormProblem::field)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(1, "GRS 6.1-0001-2020-0001", Na1005.RECEIVED),
					org.assertj.core.groups.Tuple.tuple(1, "GRS 6.1-0001-2020-0001", Na1005.TOTAL),
					org.assertj.core.groups.Tuple.tuple(1, "GRS 6.1-0001-2020-0001", Na1005.positions(2)),
					org.assertj.core.groups.Tuple.tuple(1, "GRS 6.1-0001-2020-0001", Na1005.SUPERSEDING),
					org.assertj.core.groups.Tuple.tuple(2, "", Na1005.NUMBER),
					org.assertj.core.groups.Tuple.tuple(2, "", Na1005.AGENCY));
		assertThat(parsed.problems().get(0).toString()).startsWith("Row 1, ").contains("form GRS 6.1-0001-2020-0001");
	}

	@Test
	void filesThatAreNotFormsAreRefusedAsAWhole() {
		assertThat(Na1005Files.read("".getBytes(StandardCharsets.UTF_8)).problems()).singleElement()
			.extracting(FormProblem::reason)
			.isEqualTo("the file is empty");
		assertThat(Na1005Files.read("[{\"Number\": ".getBytes(StandardCharsets.UTF_8)).problems()).singleElement()
			.extracting(FormProblem::reason)
			.asString()
			.startsWith("the file is not valid JSON");
		assertThat(Na1005Files.read("schedule_code,title\nGRS,x\n".getBytes(StandardCharsets.UTF_8)).problems())
			.singleElement()
			.extracting(FormProblem::reason)
			.asString()
			.contains("no column \"Number\"");
		assertThat(Na1005Files.read("[1, 2]".getBytes(StandardCharsets.UTF_8)).problems()).singleElement()
			.extracting(FormProblem::reason)
			.isEqualTo("entry 1 of the array is not an object");
	}

	@Test
	void aFormNumberTwiceInOneFileIsRefused() {
		String header = "Number,Name of Agency to Which this Form Applies\n";
		Na1005Files.Parsed parsed = Na1005Files
			.read((header + "GRS 6.1-0001-2020-0001,A\ngrs 6.1-0001-2020-0001,B\n").getBytes(StandardCharsets.UTF_8));
		assertThat(parsed.problems()).singleElement().extracting(FormProblem::position).isEqualTo(2);
	}

	static byte[] csv(String number, String agency, String category1, String total1, String approved) {
		return ("Number,Name of Agency to Which this Form Applies,"
				+ "Category 1 Position Title/Role and Number of Accounts,Category 1 Total Accounts,"
				+ "Chief Records Officer for the U.S. Approval Date\n" + number + "," + agency + ",\"" + category1
				+ "\"," + total1 + "," + approved + "\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static List<DesignatedPosition> positions(String cell) {
		List<String> problems = new ArrayList<>();
		List<DesignatedPosition> read = PositionCell.read(2, cell, problems, new ArrayList<>());
		assertThat(problems).isEmpty();
		return read;
	}

	static byte[] resource(String name) {
		try (InputStream in = Objects.requireNonNull(Na1005FilesTest.class.getResourceAsStream(name))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
