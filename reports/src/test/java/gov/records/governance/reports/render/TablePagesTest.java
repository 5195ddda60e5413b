package gov.records.governance.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Long tables drawn directly: text that stays text, in order, on pages numbered on from
 * the HTML parts, with the header and a "continued" caption on every page, long cells
 * wrapped, characters the font lacks replaced, and the whole still PDF/A-2b. The file is
 * kept at {@code target/drawn-table-report.pdf} to look at.
 */
class TablePagesTest {

	private static final Path OUTPUT = Path.of("target", "drawn-table-report.pdf");

	private static final String LONG_REASON = "Retention raised after the inspector general's review of the field "
			+ "offices' disappearing-message settings, approved by the records officer on appeal";

	@Test
	void drawsALongTableAsTextInOrderOnNumberedPagesThatVeraPdfAccepts() throws Exception {
		int count = 300;
		Files.createDirectories(OUTPUT.getParent());
		try (var out = Files.newOutputStream(OUTPUT)) {
			new PdfReportRenderer(50).render(report(rows(count)), out);
		}
		try (PDDocument pdf = Loader.loadPDF(OUTPUT.toFile())) {
			int pages = pdf.getNumberOfPages();
			assertThat(pages).isGreaterThan(5);
			Set<COSBase> fonts = new HashSet<>();
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					fonts.add(font.getCOSObject());
				}
			}
			// the drawn pages use the HTML parts' fonts: each embedded once
			assertThat(fonts).hasSizeLessThanOrEqualTo(3);
			String text = new PDFTextStripper().getText(pdf);
			// the rows in order, and the short table after the long one in its own HTML
			// part
			int at = -1;
			for (int i = 1; i <= count; i++) {
				int next = text.indexOf("Group " + i + " ", at + 1);
				assertThat(next).as("row " + i).isGreaterThan(at);
				at = next;
			}
			assertThat(text.indexOf("Closing remarks")).isGreaterThan(at);
			assertThat(text).contains("Привет, мир", "\uFFFD", "Groups and their settings",
					"Every group in scope, as of the date.");
			assertThat(text).doesNotContain("\t");
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 3; page < pages; page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				assertThat(stripper.getText(pdf)).as("page " + page)
					.contains("Table 2. Groups (continued)", "Reason", "Page " + page, "Records Governance Console",
							"Report of groups \u2014 as of");
			}
		}
		assertThat(PdfReportRendererTest.validatePdfA(OUTPUT.toFile())).isEmpty();
	}

	@Test
	void aCellTooLongForAPageIsCutShortNotLost() throws Exception {
		String huge = "word ".repeat(3000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PdfReportRenderer(1).render(report(Stream.of(List.of("1", "short", huge), List.of("2", "next", "x"))), out);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("\u2026", "2 next x");
			assertThat(text.split("word").length).isLessThan(3000);
		}
	}

	@Test
	void aRowWithTheWrongNumberOfCellsIsAnError() {
		assertThatThrownBy(() -> new PdfReportRenderer(1)
			.render(report(Stream.of(List.of("1", "a", "b"), List.of("2", "only two"))), new ByteArrayOutputStream()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("row 1 of 'Table 2. Groups' has 2 cells, not 3");
	}

	@Test
	void textIsMadeSafeMeasuredAndWrapped() throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			PageText text = new PageText(ReportFonts.loadInto(pdf).regular(), 8f);
			assertThat(text.safe("  a\tb\n\u0000c  ")).isEqualTo("a b c");
			assertThat(text.safe("日本 한 ok")).isEqualTo("\uFFFD\uFFFD \uFFFD ok");
			assertThat(text.safe("plain")).isSameAs("plain");
			float width = text.width("Group 12 \u2013 Field Office");
			assertThat(width).isGreaterThan(50f).isLessThan(120f);
			List<String> lines = text.lines("Group 12 \u2013 Field Office", width / 2, 10);
			assertThat(lines).hasSizeGreaterThan(1).allSatisfy((l) -> assertThat(text.width(l)).isLessThan(width / 2));
			assertThat(String.join(" ", lines)).isEqualTo("Group 12 \u2013 Field Office");
			// a word wider than the column is broken inside
			assertThat(text.lines("0123456789abcdef", text.width("0123"), 10)).hasSizeGreaterThanOrEqualTo(4)
				.allSatisfy((l) -> assertThat(l).hasSizeLessThanOrEqualTo(4));
			assertThat(text.lines("a b c d e f", text.width("a b"), 2)).containsExactly("a b", "c\u2026");
			// as in HTML, dates and times break after their hyphens and colons
			assertThat(text.lines("2025-07-16T00:00:00Z", text.width("2025-07-"), 10)).first().isEqualTo("2025-07-");
			assertThat(text.widestWord("Auto-delete 2025-07-16T00:00:00Z")).isEqualTo(text.width("16T00:"));
		}
	}

	@Test
	void columnsShareTheTableWidthAfterTheirContent() throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			ReportFonts fonts = ReportFonts.loadInto(pdf);
			PageText cell = new PageText(fonts.regular(), 8f);
			ColumnWidths columns = new ColumnWidths(List.of("#", "Name"), new PageText(fonts.bold(), 8f), cell, 8f,
					500f);
			assertThat(columns.add(List.of("1", "A somewhat longer name"))).isFalse();
			float[] widths = columns.widths();
			assertThat(widths[0] + widths[1]).isCloseTo(500f, org.assertj.core.data.Offset.offset(0.01f));
			assertThat(widths[1]).isGreaterThan(widths[0] * 3);
			// a much wider cell later asks for the widths to be shared out again
			assertThat(columns.add(List.of("1", "x".repeat(400)))).isTrue();
			assertThat(columns.current()).isEqualTo(widths);
			assertThat(columns.widths()[1]).isGreaterThan(widths[1]);
		}
	}

	/**
	 * A table of many columns, laid out as HTML (short) or drawn (long), stays between
	 * the page's margins: its text is made smaller and wrapped, each header's words whole
	 * (issue 18: the Deployment status tables ran off the page). Kept as
	 * {@code target/wide-table-<rows>.pdf}.
	 */
	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(ints = { 200, 1 })
	void aTableOfManyColumnsFitsBetweenTheMargins(int htmlRows) throws Exception {
		List<String> headers = List.of("Platform", "Kind", "Sanctioned", "Last capture report", "Received", "Saved",
				"Failed", "Capture bot active", "Last successful sync", "Last sync attempt", "Sync failures in a row",
				"Last sync error", "Groups in backend", "Capture on in backend");
		List<List<String>> rows = IntStream.range(0, 6)
			.mapToObj((i) -> List.of("DCR Slack Grid " + i, "MATTERMOST", "true", "2026-12-03T13:14:47.123456Z",
					"120000", "119000", "1000", "false", "2026-12-03T13:14:47.123456Z", "2026-12-03T13:14:47.123456Z",
					"0", "Wickr network 12345678: ListSecurityGroups answered 503 Service Unavailable", "25000",
					"true"))
			.toList();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PdfReportRenderer(htmlRows).render(new ReportDocument(
				new ReportMetadata("Wide", "Wide", "Department of Civic Records", "wide",
						Instant.parse("2026-11-22T18:00:00Z")),
				List.of(new ReportBlock.Heading("Platforms"),
						new ReportBlock.Table("Table 1. Platforms", headers, rows.stream()))),
				out);
		Files.write(Path.of("target", "wide-table-" + htmlRows + ".pdf"), out.toByteArray());
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			float left = 16 * PageFrame.MM - 0.5f;
			float right = PageFrame.SIZE.getWidth() - 16 * PageFrame.MM + 0.5f;
			List<String> outside = new java.util.ArrayList<>();
			StringBuilder text = new StringBuilder();
			PDFTextStripper stripper = new PDFTextStripper() {

				@Override
				protected void processTextPosition(org.apache.pdfbox.text.TextPosition glyph) {
					super.processTextPosition(glyph);
					float x = glyph.getXDirAdj();
					if (x < left || x + glyph.getWidthDirAdj() > right) {
						outside.add(glyph.getUnicode() + " at " + x);
					}
				}

			};
			text.append(stripper.getText(pdf));
			assertThat(outside).isEmpty();
			Set<String> words = new HashSet<>(List.of(text.toString().split("\\s+")));
			for (String header : headers) {
				assertThat(words).as(header).containsAll(List.of(header.split(" ")));
			}
		}
	}

	private static ReportDocument report(Stream<List<String>> groups) {
		return new ReportDocument(
				new ReportMetadata("Report of groups", "Groups", "Department of Civic Records", "groups",
						Instant.parse("2026-11-22T18:00:00Z")),
				List.of(new ReportBlock.Heading("Summary"),
						new ReportBlock.Table("Table 1. Summary", List.of("Item", "Value"),
								Stream.of(List.of("Groups", "300"))),
						new ReportBlock.Heading("Groups and their settings"),
						new ReportBlock.Paragraph("Every group in scope, as of the date."),
						new ReportBlock.Table("Table 2. Groups", List.of("#", "Group", "Reason"), groups),
						new ReportBlock.Heading("Closing remarks"), new ReportBlock.Paragraph("Nothing else.")));
	}

	private static Stream<List<String>> rows(int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj((i) -> List.of(Integer.toString(i), "Group " + i + " \u2013 Office\t" + (i % 7), switch (i % 4) {
				case 0 -> LONG_REASON;
				case 1 -> "Привет, мир";
				case 2 -> "日本語 and \u0007 bell";
				default -> "";
			}));
	}

}
