package gov.records.governance.reports.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/**
 * Renders a {@link ReportDocument} as PDF/A-2b: every font embedded (DejaVu), an sRGB
 * output intent and XMP metadata declaring part 2, conformance B.
 *
 * <p>
 * The title block, headings, paragraphs, charts (inline SVG drawn as vectors) and short
 * tables are laid out by openhtmltopdf on PDFBox from the XHTML template and CSS. A table
 * of more than {@code htmlRows} rows is drawn directly with PDFBox onto new pages that
 * look the same ({@link TablePages}), with the headings and paragraphs right before it:
 * laying out 25,000 rows as HTML took most of a minute and hundreds of megabytes, because
 * openhtmltopdf keeps a whole document's boxes until its pages are written (DD014). Both
 * write into one {@code PDDocument} with the same font objects, so each font is embedded
 * once, subset to the glyphs used; pages are numbered on across them. Rows are read from
 * a table's stream only as they are laid out or drawn, and finished page content waits in
 * a temporary file until the PDF is saved, so memory does not grow with the report.
 */
@Component
public class PdfReportRenderer {

	/**
	 * Tables up to this many rows are laid out as HTML, longer ones drawn directly: a few
	 * pages, where flowing with the text around them matters more than speed.
	 */
	public static final int DEFAULT_HTML_ROWS = 200;

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private static final String PRODUCER = "Records Governance Console (openhtmltopdf, PDFBox)";

	private static final String BASE_URI = String
		.valueOf(PdfReportRenderer.class.getResource("/reports/report-template.xhtml"));

	private final int htmlRows;

	@Autowired
	public PdfReportRenderer() {
		this(DEFAULT_HTML_ROWS);
	}

	/** A renderer that lays out tables of up to {@code htmlRows} rows as HTML. */
	public PdfReportRenderer(int htmlRows) {
		this.htmlRows = htmlRows;
	}

	/** Writes the PDF to {@code out} (not closed). Consumes the tables' row streams. */
	public void render(ReportDocument report, OutputStream out) throws IOException {
		try (PDDocument pdf = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
				ReportParts parts = new ReportParts(report, this.htmlRows)) {
			ReportFonts fonts = ReportFonts.loadInto(pdf);
			String runningTitle = ReportDom.runningTitle(report.metadata());
			while (parts.hasNext()) {
				switch (parts.next()) {
					case ReportParts.Part part ->
						renderPart(pdf, fonts, ReportDom.build(report.metadata(), part, fonts), part.first());
					case ReportParts.LongTable table -> TablePages.draw(pdf, fonts, runningTitle, table);
				}
			}
			pdf.save(out, CompressParameters.DEFAULT_COMPRESSION);
		}
	}

	private static void renderPart(PDDocument pdf, ReportFonts fonts, Document dom, boolean first) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.usePDDocument(pdf);
		builder.useFastMode();
		builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
		if (first) {
			// one output intent per document: later parts only add pages
			builder.useColorProfile(SRGB);
		}
		builder.useInitialPageNumber(pdf.getNumberOfPages() + 1);
		fonts.register(builder);
		builder.useSVGDrawer(new BatikSVGDrawer());
		builder.withProducer(PRODUCER);
		builder.withW3cDocument(dom, BASE_URI);
		PdfBoxRenderer renderer = builder.buildPdfRenderer();
		try {
			renderer.createPDFWithoutClosing();
		}
		finally {
			renderer.close();
		}
	}

}
