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
 * Renders a {@link ReportDocument} as PDF/A-2b: the XHTML template and CSS laid out by
 * openhtmltopdf on PDFBox, every font embedded (DejaVu), an sRGB output intent and XMP
 * metadata declaring part 2, conformance B. Charts are inline SVG drawn as vectors.
 *
 * <p>
 * Memory: openhtmltopdf lays out a whole HTML document at once (DOM, styles and boxes
 * stay in memory until the pages are written), which for a 25,000-row table needs about
 * 380 MB. So the renderer cuts the report into parts of at most {@code rowsPerPart} table
 * rows, reads rows from the table's stream only as each part is built, lays out each part
 * on its own into the same PDF document (pages continue, the table header repeats, the
 * caption says "continued"), and keeps finished page content in a temporary file until
 * the PDF is saved. Peak heap then depends on the part size, not on the report's length.
 * A part boundary starts a new page.
 */
@Component
public class PdfReportRenderer {

	/** Table rows laid out at a time: about 40 letter pages of the evidence table. */
	public static final int DEFAULT_ROWS_PER_PART = 2000;

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private static final String PRODUCER = "Records Governance Console (openhtmltopdf, PDFBox)";

	private static final String BASE_URI = String
		.valueOf(PdfReportRenderer.class.getResource("/reports/report-template.xhtml"));

	private final int rowsPerPart;

	@Autowired
	public PdfReportRenderer() {
		this(DEFAULT_ROWS_PER_PART);
	}

	public PdfReportRenderer(int rowsPerPart) {
		this.rowsPerPart = rowsPerPart;
	}

	/** Writes the PDF to {@code out} (not closed). Consumes the tables' row streams. */
	public void render(ReportDocument report, OutputStream out) throws IOException {
		try (PDDocument pdf = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
				ReportParts parts = new ReportParts(report, this.rowsPerPart)) {
			ReportFonts fonts = ReportFonts.loadInto(pdf);
			while (parts.hasNext()) {
				ReportParts.Part part = parts.next();
				renderPart(pdf, fonts, ReportDom.build(report.metadata(), part), part.first());
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
