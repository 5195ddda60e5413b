package gov.records.governance.reports.render;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The page frame of {@code report.css} for pages drawn directly: US letter, the same
 * margins, the running title at the top left, "Records Governance Console" and the page
 * number at the bottom, in DejaVu Sans 7.5 pt grey. Lengths are in points from the top of
 * the page, as in the CSS.
 */
final class PageFrame {

	static final float MM = 72f / 25.4f;

	static final PDRectangle SIZE = PDRectangle.LETTER;

	/** The body's default 8 px margin, inside the page margin. */
	private static final float BODY_MARGIN = 6f;

	static final float LEFT = 16 * MM + BODY_MARGIN;

	static final float WIDTH = SIZE.getWidth() - 2 * LEFT;

	static final float TOP = 22 * MM;

	static final float BOTTOM = SIZE.getHeight() - 20 * MM;

	static final Color GREY = new Color(0x555555);

	static final Color TEXT = new Color(0x1a1a1a);

	private static final float RUNNING_BASELINE = 34.0f;

	private static final float FOOTER_BASELINE = 766.5f;

	private final PDDocument pdf;

	private final PageText small;

	private final String runningTitle;

	/** The content of the page being drawn, until it is compressed into the page. */
	private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);

	PageFrame(PDDocument pdf, ReportFonts fonts, String runningTitle) {
		this.pdf = pdf;
		this.small = new PageText(fonts.regular(), 7.5f);
		this.runningTitle = this.small.safe(runningTitle);
	}

	/** Adds a page with its frame drawn; the caller closes it. */
	PageCanvas newPage() throws IOException {
		PDPage page = new PDPage(SIZE);
		this.pdf.addPage(page);
		int number = this.pdf.getNumberOfPages();
		PageCanvas canvas = new PageCanvas(this.pdf, page, this.buffer);
		float margin = 16 * MM;
		canvas.text(this.small, GREY, margin, RUNNING_BASELINE, this.runningTitle);
		canvas.text(this.small, GREY, margin, FOOTER_BASELINE, "Records Governance Console");
		String pageNumber = "Page " + number;
		canvas.text(this.small, GREY, SIZE.getWidth() - margin - this.small.width(pageNumber), FOOTER_BASELINE,
				pageNumber);
		return canvas;
	}

}
