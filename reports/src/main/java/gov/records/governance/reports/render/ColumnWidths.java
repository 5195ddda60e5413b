package gov.records.governance.reports.render;

import java.util.List;

/**
 * Column widths of a table, after the CSS automatic table layout, made to fit the page
 * (DD014, DD062). Each column's widest line and widest word are measured over the header
 * and the rows seen so far, at the table's normal text size; the table's width is then
 * shared out: if every column fits on one line the spare width goes to each in proportion
 * to its content, otherwise each gets its widest word and the rest goes where the content
 * is wider than that.
 *
 * <p>
 * When even the widest words do not fit side by side, the whole table (text and padding)
 * is {@linkplain #scale() scaled down} until they do, but not below {@link #MIN_SCALE}.
 * If they still do not fit at that size, each column keeps at least its header's widest
 * word and the cells' longest words are broken inside, as a last resort: no column ever
 * reaches past the page and no header word is cut. A long table's rows stream past, so
 * the widths are worked out again when a row would wrap that did not before (at a page
 * start, so a page's columns line up); its scale is kept from the first rows once
 * {@link #keepScale() kept}, so the text size does not change between its pages.
 */
final class ColumnWidths {

	/** The smallest a table's text is scaled to: 6 pt for the 8 pt of a cell. */
	static final float MIN_SCALE = 0.75f;

	private final PageText cellText;

	private final float padding;

	private final float available;

	private final float[] max;

	private final float[] min;

	/** The widest word of each header: what a column never gets narrower than. */
	private final float[] headerMin;

	private float[] widths;

	private float scale = 1f;

	private boolean scaleKept;

	private boolean changed;

	/**
	 * @param headers the safe header cells, measured in {@code headerText}
	 * @param cellText the text of the cells, at the normal size
	 * @param padding horizontal padding of a cell at the normal size, both sides together
	 * @param available the table's width
	 */
	ColumnWidths(List<String> headers, PageText headerText, PageText cellText, float padding, float available) {
		this.cellText = cellText;
		this.padding = padding;
		this.available = available;
		int columns = headers.size();
		this.max = new float[columns];
		this.min = new float[columns];
		this.headerMin = new float[columns];
		for (int c = 0; c < columns; c++) {
			this.max[c] = headerText.width(headers.get(c));
			this.min[c] = headerText.widestWord(headers.get(c));
			this.headerMin[c] = this.min[c];
		}
		this.widths = share();
	}

	/** Measures a row of safe cells; true if one of them wraps in the current widths. */
	boolean add(List<String> row) {
		boolean wraps = false;
		for (int c = 0; c < this.max.length; c++) {
			String cell = row.get(c);
			float width = this.cellText.width(cell);
			if (width > this.max[c]) {
				this.max[c] = width;
				this.changed = true;
				wraps |= (width + this.padding) * this.scale > this.widths[c];
			}
			if (width > this.min[c]) {
				float word = this.cellText.widestWord(cell);
				if (word > this.min[c]) {
					this.min[c] = word;
					this.changed = true;
				}
			}
		}
		return wraps;
	}

	/** The widths, shared out again if rows were seen that changed them. */
	float[] widths() {
		if (this.changed) {
			this.widths = share();
			this.changed = false;
		}
		return this.widths;
	}

	/** The widths as last shared out. */
	float[] current() {
		return this.widths;
	}

	/**
	 * How much the table's text and padding are scaled down to fit, from
	 * {@link #MIN_SCALE} to 1, as of the last {@link #widths()}.
	 */
	float scale() {
		return this.scale;
	}

	/** Keeps the current scale for the rest of the table (a long table's pages). */
	void keepScale() {
		widths();
		this.scaleKept = true;
	}

	private float[] share() {
		int columns = this.max.length;
		float maxSum = 0;
		float minSum = 0;
		for (int c = 0; c < columns; c++) {
			maxSum += this.max[c] + this.padding;
			minSum += this.min[c] + this.padding;
		}
		if (!this.scaleKept) {
			this.scale = Math.max(MIN_SCALE, Math.min(1f, this.available / minSum));
		}
		float f = this.scale;
		float[] shared = new float[columns];
		if (maxSum * f <= this.available) {
			for (int c = 0; c < columns; c++) {
				shared[c] = (this.max[c] + this.padding) * this.available / maxSum;
			}
		}
		else if (minSum * f <= this.available) {
			for (int c = 0; c < columns; c++) {
				float most = (this.max[c] + this.padding) * f;
				float least = (this.min[c] + this.padding) * f;
				shared[c] = least + (this.available - minSum * f) * (most - least) / ((maxSum - minSum) * f);
			}
		}
		else {
			// even the smallest text does not fit every word: headers keep theirs, the
			// cells' longest words are broken
			float headerSum = 0;
			for (int c = 0; c < columns; c++) {
				headerSum += (this.headerMin[c] + this.padding) * f;
			}
			for (int c = 0; c < columns; c++) {
				float least = (this.headerMin[c] + this.padding) * f;
				float word = (this.min[c] + this.padding) * f;
				shared[c] = (headerSum >= this.available) ? least * this.available / headerSum
						: least + (this.available - headerSum) * (word - least) / (minSum * f - headerSum);
			}
		}
		return shared;
	}

}
