package gov.records.governance.reports.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text of one font and size for pages drawn directly: made safe to show (characters the
 * font has no glyph for become U+FFFD, or {@code ?} without one; runs of white space and
 * control characters become one space, as HTML shows them), measured, and broken into
 * lines that fit a width: at spaces, and inside words longer than the width.
 */
final class PageText {

	private final PDFont font;

	private final float size;

	private final BitSet known = new BitSet();

	private final BitSet missing = new BitSet();

	private final String replacement;

	/** Widths of the BMP characters measured so far, 0 where not yet measured. */
	private final float[] widths = new float[Character.MAX_VALUE + 1];

	PageText(PDFont font, float size) {
		this.font = font;
		this.size = size;
		this.replacement = encodes(0xFFFD) ? "\uFFFD" : "?";
	}

	PDFont font() {
		return this.font;
	}

	float size() {
		return this.size;
	}

	/** The text with glyphless characters replaced and white space collapsed, trimmed. */
	String safe(String text) {
		StringBuilder out = null;
		boolean space = false;
		int length = text.length();
		for (int i = 0; i < length;) {
			int cp = text.codePointAt(i);
			int next = i + Character.charCount(cp);
			if (Character.isWhitespace(cp) || Character.isISOControl(cp) || cp == '\u00A0') {
				if (out == null) {
					out = new StringBuilder(length).append(text, 0, i);
				}
				space = true;
			}
			else {
				boolean ok = encodes(cp);
				if (out == null && ok && !space) {
					i = next;
					continue;
				}
				if (out == null) {
					out = new StringBuilder(length).append(text, 0, i);
				}
				if (space && !out.isEmpty()) {
					out.append(' ');
				}
				space = false;
				if (ok) {
					out.appendCodePoint(cp);
				}
				else {
					out.append(this.replacement);
				}
			}
			i = next;
		}
		return (out == null) ? text : out.toString();
	}

	/** The width of safe text in points (as PDFBox measures it: no kerning). */
	float width(String safe) {
		float width = 0;
		for (int i = 0; i < safe.length(); i++) {
			char c = safe.charAt(i);
			if (Character.isSurrogate(c)) {
				return measured(safe);
			}
			float w = this.widths[c];
			if (w == 0) {
				w = measured(String.valueOf(c));
				this.widths[c] = w;
			}
			width += w;
		}
		return width;
	}

	private float measured(String safe) {
		try {
			return this.font.getStringWidth(safe) / 1000f * this.size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The width of the widest piece of safe text that cannot be broken: the narrowest a
	 * column can be without breaking inside one.
	 */
	float widestWord(String safe) {
		float widest = 0;
		int start = 0;
		for (int i = 0; i <= safe.length(); i++) {
			if (i == safe.length() || safe.charAt(i) == ' ' || breaksAfter(safe.charAt(i))) {
				int end = (i < safe.length() && safe.charAt(i) != ' ') ? i + 1 : i;
				widest = Math.max(widest, width(safe.substring(start, end)));
				start = (i < safe.length() && safe.charAt(i) == ' ') ? i + 1 : end;
			}
		}
		return widest;
	}

	/**
	 * Where a line may break inside a word, as HTML line breaking allows: after a hyphen,
	 * a colon or a slash (dates, times, paths).
	 */
	private static boolean breaksAfter(char c) {
		return c == '-' || c == ':' || c == '/';
	}

	/**
	 * Safe text broken into lines no wider than {@code width}, at most {@code maxLines};
	 * if more were needed the last one ends in an ellipsis. Lines break at spaces and
	 * after hyphens, colons and slashes; a piece wider than the line is broken anywhere.
	 */
	List<String> lines(String safe, float width, int maxLines) {
		List<String> lines = new ArrayList<>(1);
		// a column as wide as its widest cell must not wrap it for a rounding error
		width += 0.01f;
		if (width(safe) <= width) {
			lines.add(safe);
			return lines;
		}
		float space = width(" ");
		StringBuilder line = new StringBuilder();
		float lineWidth = 0;
		int start = 0;
		boolean spaceBefore = false;
		for (int i = 0; i <= safe.length(); i++) {
			boolean end = i == safe.length();
			if (!end && safe.charAt(i) != ' ' && !breaksAfter(safe.charAt(i))) {
				continue;
			}
			int pieceEnd = (!end && safe.charAt(i) != ' ') ? i + 1 : i;
			String piece = safe.substring(start, pieceEnd);
			float pieceWidth = width(piece);
			float joined = lineWidth + ((spaceBefore && !line.isEmpty()) ? space : 0) + pieceWidth;
			if (!line.isEmpty() && joined <= width) {
				if (spaceBefore) {
					line.append(' ');
				}
				line.append(piece);
				lineWidth = joined;
			}
			else {
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				while (pieceWidth > width) {
					int cut = fitting(piece, width);
					lines.add(piece.substring(0, cut));
					piece = piece.substring(cut);
					pieceWidth = width(piece);
				}
				line.append(piece);
				lineWidth = pieceWidth;
			}
			spaceBefore = !end && safe.charAt(i) == ' ';
			start = spaceBefore ? i + 1 : pieceEnd;
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		if (lines.size() > maxLines) {
			List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
			String last = kept.getLast();
			while (!last.isEmpty() && width(last + "\u2026") > width) {
				last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
			}
			kept.set(maxLines - 1, last + "\u2026");
			return kept;
		}
		return lines;
	}

	/** How many chars of {@code text} fit {@code width}: at least one code point. */
	private int fitting(String text, float width) {
		int end = text.offsetByCodePoints(0, 1);
		float used = width(text.substring(0, end));
		while (end < text.length()) {
			int next = text.offsetByCodePoints(end, 1);
			used += width(text.substring(end, next));
			if (used > width) {
				break;
			}
			end = next;
		}
		return end;
	}

	private boolean encodes(int codePoint) {
		if (this.known.get(codePoint)) {
			return true;
		}
		if (this.missing.get(codePoint)) {
			return false;
		}
		boolean ok;
		try {
			ok = this.font.encode(new String(Character.toChars(codePoint))).length > 0;
		}
		catch (IllegalArgumentException | IOException ex) {
			ok = false;
		}
		(ok ? this.known : this.missing).set(codePoint);
		return ok;
	}

}
