package gov.records.governance.reports.render;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws a {@link ReportParts.LongTable} straight onto new pages with PDFBox, looking like
 * the HTML parts ({@code report.css}): its lead headings and paragraphs, the caption, the
 * header row on every page under a "(continued)" caption, striped rows, cells wrapped to
 * their column. Laying out tens of thousands of rows as HTML took most of a report's
 * time; this takes a fraction of it (DD014). Rows are read from the stream as pages fill,
 * so memory does not grow with the table. The fonts are the document's own, so each is
 * still embedded once as a subset, and the text stays text.
 */
final class TablePages {

	private static final Color HEADING = new Color(0x1f4e79);

	private static final Color HEADER_TEXT = Color.WHITE;

	private static final Color ODD_ROW = new Color(0xf2f5f9);

	private static final Color RULE = new Color(0xc8c8c8);

	private static final float CELL_SIZE = 8f;

	private static final float CELL_LINE = CELL_SIZE * 1.35f;

	private static final float CELL_PADDING_X = 4f;

	private static final float HEADER_PADDING_Y = 3f;

	private static final float CELL_PADDING_Y = 2f;

	private static final float RULE_WIDTH = 0.5f;

	/** Rows read ahead at a page start, to widen columns before they are drawn. */
	private static final int LOOKAHEAD = 60;

	/** Lines a cell may take before it is cut short (the CSV and JSON have all of it). */
	private static final int MAX_CELL_LINES = 20;

	private final PageFrame frame;

	private final PageText heading;

	private final PageText paragraph;

	private final PageText caption;

	private final PageText header;

	private final PageText cell;

	private PageCanvas content;

	/** Where the next block starts, points from the top of the page. */
	private float y;

	/**
	 * The bottom margin of the block above, collapsing with the next one's top margin.
	 */
	private float margin;

	private TablePages(PageFrame frame, ReportFonts fonts) throws IOException {
		this.frame = frame;
		this.heading = new PageText(fonts.bold(), 12.5f);
		this.paragraph = new PageText(fonts.regular(), 9.5f);
		this.caption = new PageText(fonts.bold(), 8.5f);
		this.header = new PageText(fonts.bold(), CELL_SIZE);
		this.cell = new PageText(fonts.regular(), CELL_SIZE);
		this.content = frame.newPage();
		this.y = PageFrame.TOP;
		// the body's margin, as at the start of an HTML part
		this.margin = 6f;
	}

	/** Draws the table and its lead onto new pages at the end of {@code pdf}. */
	static void draw(PDDocument pdf, ReportFonts fonts, String runningTitle, ReportParts.LongTable table)
			throws IOException {
		TablePages pages = new TablePages(new PageFrame(pdf, fonts, runningTitle), fonts);
		try {
			pages.drawTable(table);
		}
		finally {
			pages.content.close();
		}
	}

	private void drawTable(ReportParts.LongTable table) throws IOException {
		for (ReportBlock block : table.lead()) {
			switch (block) {
				case ReportBlock.Heading h -> text(this.heading, HEADING, h.text(), 16f, 6f);
				case ReportBlock.Paragraph p -> text(this.paragraph, PageFrame.TEXT, p.text(), 0f, 6f);
				default -> throw new IllegalArgumentException("not a lead block: " + block);
			}
		}
		List<String> headers = table.table().columns().stream().map(this.header::safe).toList();
		ColumnWidths columns = new ColumnWidths(headers, this.header, this.cell, 2 * CELL_PADDING_X, PageFrame.WIDTH);
		// the rows read so far are measured now: the widths and the text size start from
		// them
		Deque<List<String>> ahead = new ArrayDeque<>();
		Iterator<List<String>> rows = table.rows();
		long read = 0;
		for (int i = 0; i < table.head().size(); i++) {
			ahead.add(safeRow(table, rows.next(), read++));
			columns.add(ahead.getLast());
		}
		columns.keepScale();
		Cells style = new Cells(this.header.font(), this.cell.font(), columns.scale());
		String title = table.table().caption();
		long index = 0;
		boolean pageStart = true;
		float[] widths = columns.widths();
		List<List<String>> headerLines = style.lines(headers, widths, style.header);
		while (!ahead.isEmpty() || rows.hasNext()) {
			if (pageStart) {
				boolean wraps = false;
				while (ahead.size() < LOOKAHEAD && rows.hasNext()) {
					ahead.add(safeRow(table, rows.next(), read++));
					wraps |= columns.add(ahead.getLast());
				}
				if (wraps) {
					widths = columns.widths();
					headerLines = style.lines(headers, widths, style.header);
				}
			}
			List<List<String>> cells = style.lines(ahead.getFirst(), widths, style.cell);
			float rowHeight = 2 * style.padY + style.line * height(cells) + RULE_WIDTH;
			float headerHeight = 2 * style.headerPadY + style.line * height(headerLines);
			if (index == 0) {
				float captionHeight = Math.max(this.margin, 10f) + 4f + 1.35f * this.caption.size();
				if (this.y + captionHeight + headerHeight + rowHeight > PageFrame.BOTTOM) {
					newPage();
				}
				text(this.caption, PageFrame.TEXT, title, 10f, 4f);
				drawHeader(style, headerLines, widths, headerHeight);
			}
			else if (this.y + rowHeight > PageFrame.BOTTOM) {
				newPage();
				pageStart = true;
				continue;
			}
			else if (pageStart) {
				text(this.caption, PageFrame.TEXT, title + " (continued)", 10f, 4f);
				drawHeader(style, headerLines, widths, headerHeight);
			}
			pageStart = false;
			drawRow(style, cells, widths, rowHeight, index % 2 == 1);
			ahead.removeFirst();
			index++;
		}
	}

	private void newPage() throws IOException {
		this.content.close();
		this.content = this.frame.newPage();
		this.y = PageFrame.TOP;
		this.margin = 0f;
	}

	/** A paragraph of wrapped text with CSS margins, breaking pages between lines. */
	private void text(PageText text, Color color, String raw, float top, float bottom) throws IOException {
		float line = 1.35f * text.size();
		boolean pageTop = this.y == PageFrame.TOP && this.margin == 0f;
		// margins are truncated at a page break, as in CSS
		this.y += pageTop ? 0f : Math.max(this.margin, top);
		for (String l : text.lines(text.safe(raw), PageFrame.WIDTH, Integer.MAX_VALUE)) {
			if (this.y + line > PageFrame.BOTTOM) {
				newPage();
			}
			this.content.text(text, color, PageFrame.LEFT, baseline(this.y, text.size(), line), l);
			this.y += line;
		}
		this.margin = bottom;
	}

	private void drawHeader(Cells style, List<List<String>> lines, float[] widths, float height) throws IOException {
		this.y += this.margin;
		this.margin = 0f;
		this.content.rect(HEADING, PageFrame.LEFT, this.y, PageFrame.WIDTH, height);
		drawCells(style, lines, widths, style.header, HEADER_TEXT, this.y + style.headerPadY);
		this.y += height;
	}

	private void drawRow(Cells style, List<List<String>> lines, float[] widths, float height, boolean odd)
			throws IOException {
		if (odd) {
			this.content.rect(ODD_ROW, PageFrame.LEFT, this.y, PageFrame.WIDTH, height - RULE_WIDTH);
		}
		this.content.rect(RULE, PageFrame.LEFT, this.y + height - RULE_WIDTH, PageFrame.WIDTH, RULE_WIDTH);
		drawCells(style, lines, widths, style.cell, PageFrame.TEXT, this.y + style.padY);
		this.y += height;
	}

	private void drawCells(Cells style, List<List<String>> lines, float[] widths, PageText text, Color color, float top)
			throws IOException {
		float x = PageFrame.LEFT;
		for (int c = 0; c < widths.length; c++) {
			float lineTop = top;
			for (String line : lines.get(c)) {
				this.content.text(text, color, x + style.padX, baseline(lineTop, style.size, style.line), line);
				lineTop += style.line;
			}
			x += widths[c];
		}
	}

	/**
	 * The baseline of a line box, as openhtmltopdf places it for DejaVu (half the leading
	 * above, then the ascent).
	 */
	private static float baseline(float lineTop, float size, float lineHeight) {
		return lineTop + (lineHeight - 1.164f * size) / 2 + 0.957f * size;
	}

	private List<String> safeRow(ReportParts.LongTable table, List<String> row, long index) {
		int columns = table.table().columns().size();
		if (row.size() != columns) {
			throw new IllegalArgumentException("row " + index + " of '" + table.table().caption() + "' has "
					+ row.size() + " cells, not " + columns);
		}
		List<String> safe = new ArrayList<>(columns);
		for (String value : row) {
			safe.add(this.cell.safe(value));
		}
		return safe;
	}

	/**
	 * The header and cell text of one table, scaled down with its padding when its
	 * columns would not fit the page at the normal size ({@link ColumnWidths#scale()}).
	 */
	private static final class Cells {

		final PageText header;

		final PageText cell;

		final float size;

		final float line;

		final float padX;

		final float headerPadY;

		final float padY;

		Cells(PDFont bold, PDFont regular, float scale) {
			this.size = CELL_SIZE * scale;
			this.header = new PageText(bold, this.size);
			this.cell = new PageText(regular, this.size);
			this.line = CELL_LINE * scale;
			this.padX = CELL_PADDING_X * scale;
			this.headerPadY = HEADER_PADDING_Y * scale;
			this.padY = CELL_PADDING_Y * scale;
		}

		List<List<String>> lines(List<String> cells, float[] widths, PageText text) {
			List<List<String>> lines = new ArrayList<>(cells.size());
			for (int c = 0; c < cells.size(); c++) {
				lines.add(text.lines(cells.get(c), widths[c] - 2 * this.padX, MAX_CELL_LINES));
			}
			return lines;
		}

	}

	private static int height(List<List<String>> lines) {
		int height = 1;
		for (List<String> cell : lines) {
			height = Math.max(height, cell.size());
		}
		return height;
	}

}
