package gov.records.governance.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * A sample evidence report rendered to PDF and validated as PDF/A-2b by veraPDF. The file
 * is kept at {@code target/sample-evidence-report.pdf} to look at
 * ({@code pdftoppm -png -r 60}).
 */
class PdfReportRendererTest {

	private static final Path OUTPUT = Path.of("target", "sample-evidence-report.pdf");

	@Test
	void rendersAMultiPagePdfA2bThatVeraPdfAccepts() throws Exception {
		Files.createDirectories(OUTPUT.getParent());
		try (OutputStream out = Files.newOutputStream(OUTPUT)) {
			// tables over 150 rows are drawn directly: HTML parts and drawn pages
			// validated together
			new PdfReportRenderer(150).render(SampleReports.evidenceReport(400), out);
		}
		try (PDDocument pdf = Loader.loadPDF(OUTPUT.toFile())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(5);
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Deletion settings evidence report");
			assertThat(pdf.getDocumentCatalog().getOutputIntents()).hasSize(1);
			assertThat(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
				.contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>");
			java.util.Set<org.apache.pdfbox.cos.COSBase> fonts = new java.util.HashSet<>();
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					assertThat(font.getName()).contains("DejaVu");
					fonts.add(font.getCOSObject());
				}
			}
			// the parts share the document's fonts: each embedded once
			assertThat(fonts).hasSizeLessThanOrEqualTo(3);
			// pages are numbered on across parts, and the table says where it continues
			org.apache.pdfbox.text.PDFTextStripper text = new org.apache.pdfbox.text.PDFTextStripper();
			int last = pdf.getNumberOfPages();
			text.setStartPage(last);
			text.setEndPage(last);
			assertThat(text.getText(pdf)).contains("Page " + last, "Group 400 ");
			text.setStartPage(1);
			text.setEndPage(last);
			assertThat(text.getText(pdf)).contains("Table 1. Deletion settings by group (400 groups) (continued)");
		}
		List<String> failures = validatePdfA(OUTPUT.toFile());
		assertThat(failures).isEmpty();
	}

	/** Validates against PDF/A-2b and lists the failed rules (rule id: message). */
	static List<String> validatePdfA(File file) throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		List<String> failures = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file.toPath());
				PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
			ValidationResult result = validator.validate(parser);
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
							+ assertion.getMessage());
				}
			}
			if (!result.isCompliant() && failures.isEmpty()) {
				failures.add("not compliant");
			}
		}
		return failures.stream().distinct().toList();
	}

	@Test
	void aReportOf25000GroupsRendersWithinHalfOfA512MegabyteHeap() throws Exception {
		// in a separate JVM with -Xmx256m (half the 512 MB budget), so the limit is real
		Path pdf = Path.of("target", "large-evidence-report.pdf");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-cp",
				System.getProperty("java.class.path"), LargeReportRun.class.getName(), "25000", pdf.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
		System.out.println(output.strip());
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("rendered 25000 rows");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getNumberOfPages()).isGreaterThan(400);
		}
	}

	@Test
	void chartsAreStandaloneSvgForTheConsoleToo() throws IOException {
		String svg = SvgCharts.barChart(new BarChart("Groups", "Count", List.of("A", "B"),
				new java.util.LinkedHashMap<>(java.util.Map.of("Series", List.of(1, 2)))), 300, 200);
		assertThat(svg).contains("<svg", "http://www.w3.org/2000/svg").doesNotContain("xmlns=\"\"", "DOCTYPE");
		org.w3c.dom.Element root = ReportDom.parse(svg.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("svg");
		// every drawing element is an SVG element, or browsers and Batik draw nothing
		org.w3c.dom.NodeList paths = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
		assertThat(paths.getLength()).isGreaterThan(10);
		assertThat(root.getElementsByTagNameNS("", "path").getLength()).isZero();
	}

}
