package gov.records.governance.reports.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu fonts shipped in {@code /fonts} (Bitstream Vera licence, see
 * {@code fonts/LICENSE-DejaVu.txt}). PDF/A requires every font to be embedded, so the
 * reports use these and nothing else. One instance per PDF: the fonts are loaded into the
 * document once and shared by all its parts, so each is embedded once, subset to the
 * glyphs used.
 */
public final class ReportFonts {

	/** The CSS font family of body text and charts. */
	public static final String SANS = "DejaVu Sans";

	/** The CSS font family of hashes and other fixed-width values. */
	public static final String MONO = "DejaVu Sans Mono";

	private static final String REGULAR = "/fonts/DejaVuSans.ttf";

	private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

	private static final String MONO_REGULAR = "/fonts/DejaVuSansMono.ttf";

	private static final Font AWT_SANS = loadAwt(REGULAR);

	private final PDFont regular;

	private final PDFont bold;

	private final PDFont mono;

	private ReportFonts(PDFont regular, PDFont bold, PDFont mono) {
		this.regular = regular;
		this.bold = bold;
		this.mono = mono;
	}

	/** The fonts loaded into {@code pdf}, to be embedded as subsets when it is saved. */
	static ReportFonts loadInto(PDDocument pdf) throws IOException {
		return new ReportFonts(load(pdf, REGULAR), load(pdf, BOLD), load(pdf, MONO_REGULAR));
	}

	/** The sans font as a Java2D font of {@code size} points, for charts. */
	public static Font awtSans(float size) {
		return AWT_SANS.deriveFont(size);
	}

	/**
	 * DejaVu Sans, for tables drawn directly (the same font objects as the HTML parts).
	 */
	PDFont regular() {
		return this.regular;
	}

	/** DejaVu Sans Bold. */
	PDFont bold() {
		return this.bold;
	}

	void register(PdfRendererBuilder builder) {
		builder.useFont(new PDFontSupplier(this.regular), SANS, 400, FontStyle.NORMAL, true);
		builder.useFont(new PDFontSupplier(this.bold), SANS, 700, FontStyle.NORMAL, true);
		builder.useFont(new PDFontSupplier(this.mono), MONO, 400, FontStyle.NORMAL, true);
	}

	private static PDFont load(PDDocument pdf, String resource) throws IOException {
		try (InputStream in = stream(resource)) {
			return PDType0Font.load(pdf, in, true);
		}
	}

	private static InputStream stream(String resource) {
		InputStream in = ReportFonts.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("missing font " + resource);
		}
		return in;
	}

	private static Font loadAwt(String resource) {
		try (InputStream in = stream(resource)) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("unreadable font " + resource, ex);
		}
	}

}
