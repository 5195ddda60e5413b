package gov.records.governance.reports.render;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jspecify.annotations.Nullable;

/**
 * The content stream of one page drawn directly, with lengths in points from the top of
 * the page as in the CSS. It writes the few operators the tables need (colour, rectangle,
 * fill, text) itself rather than through {@code PDPageContentStream}, whose
 * {@code showText} runs PDFBox's OpenType substitution for Latin text (ligatures) on
 * every string: that alone cost more than everything else in a long table put together.
 * Glyphs are shown as the text is written, so it extracts as written; every character
 * shown is added to the font's subset, as {@code showText} does. Font and colour are
 * written only when they change.
 */
final class PageCanvas implements Closeable {

	private final PDResources resources;

	private final PDStream stream;

	private final float height;

	private final ByteArrayOutputStream out;

	private @Nullable PDFont font;

	private float size;

	private @Nullable Color color;

	/** A canvas writing into {@code buffer} (reset here; shared by consecutive pages). */
	PageCanvas(PDDocument pdf, PDPage page, ByteArrayOutputStream buffer) {
		this.out = buffer;
		this.out.reset();
		this.resources = new PDResources();
		page.setResources(this.resources);
		this.stream = new PDStream(pdf);
		page.setContents(this.stream);
		this.height = page.getMediaBox().getHeight();
	}

	/** Shows safe text with its baseline {@code baseline} points from the top. */
	void text(PageText text, Color color, float x, float baseline, String safe) throws IOException {
		if (safe.isEmpty()) {
			return;
		}
		color(color);
		write("BT\n");
		PDFont textFont = text.font();
		if (this.font != textFont || this.size != text.size()) {
			COSName name = this.resources.add(textFont);
			write("/" + name.getName() + " ");
			number(text.size());
			write(" Tf\n");
			this.font = textFont;
			this.size = text.size();
		}
		number(x);
		write(" ");
		number(this.height - baseline);
		write(" Td\n");
		if (textFont.willBeSubset()) {
			for (int i = 0; i < safe.length();) {
				int codePoint = safe.codePointAt(i);
				textFont.addToSubset(codePoint);
				i += Character.charCount(codePoint);
			}
		}
		COSWriter.writeString(textFont.encode(safe), this.out);
		write(" Tj\nET\n");
	}

	/** Fills a rectangle given by its top left corner. */
	void rect(Color color, float x, float top, float width, float height) throws IOException {
		color(color);
		number(x);
		write(" ");
		number(this.height - top - height);
		write(" ");
		number(width);
		write(" ");
		number(height);
		write(" re f\n");
	}

	private void color(Color color) {
		if (!color.equals(this.color)) {
			number(color.getRed() / 255f);
			write(" ");
			number(color.getGreen() / 255f);
			write(" ");
			number(color.getBlue() / 255f);
			write(" rg\n");
			this.color = color;
		}
	}

	/**
	 * A number with at most three decimals, as PDF content wants it (no exponent),
	 * written digit by digit: a long table writes millions.
	 */
	private void number(float value) {
		long thousandths = Math.round(value * 1000.0);
		if (thousandths < 0) {
			this.out.write('-');
			thousandths = -thousandths;
		}
		digits(thousandths / 1000);
		int fraction = (int) (thousandths % 1000);
		if (fraction != 0) {
			this.out.write('.');
			int divisor = 100;
			while (fraction != 0) {
				this.out.write('0' + fraction / divisor);
				fraction %= divisor;
				divisor /= 10;
			}
		}
	}

	private void digits(long value) {
		if (value >= 10) {
			digits(value / 10);
		}
		this.out.write((int) ('0' + value % 10));
	}

	private void write(String ascii) {
		for (int i = 0; i < ascii.length(); i++) {
			this.out.write(ascii.charAt(i));
		}
	}

	/** Writes the content into the page, compressed. */
	@Override
	public void close() throws IOException {
		try (OutputStream content = this.stream.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
			this.out.writeTo(content);
		}
	}

}
