package gov.records.governance.reports.render;

import java.util.List;

/**
 * Column widths of a table drawn directly, after the CSS automatic table layout that the
 * HTML parts get. Each column's widest line and widest word are measured over the header
 * and the rows seen so far; the table's width is then shared out: if every column fits on
 * one line the spare width goes to each in proportion to its content, otherwise each gets
 * its widest word and the rest goes where the content is wider than that. A long table's
 * rows stream past, so the widths are worked out again when a row would wrap that did not
 * before (at a page start, so a page's columns line up).
 */
final class ColumnWidths {

	private final PageText cellText;

	private final float padding;

	private final float available;

	private final float[] max;

	private final float[] min;

	private float[] widths;

	private boolean changed;

	/**
	 * @param headers the safe header cells, measured in {@code headerText}
	 * @param cellText the text of the cells
	 * @param padding horizontal padding of a cell, both sides together
	 * @param available the table's width
	 */
	ColumnWidths(List<String> headers, PageText headerText, PageText cellText, float padding, float available) {
		this.cellText = cellText;
		this.padding = padding;
		this.available = available;
		int columns = headers.size();
		this.max = new float[columns];
		this.min = new float[columns];
		for (int c = 0; c < columns; c++) {
			this.max[c] = headerText.width(headers.get(c));
			this.min[c] = headerText.widestWord(headers.get(c));
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
				wraps |= width + this.padding > this.widths[c];
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

	private float[] share() {
		int columns = this.max.length;
		float maxSum = 0;
		float minSum = 0;
		for (int c = 0; c < columns; c++) {
			maxSum += this.max[c] + this.padding;
			minSum += this.min[c] + this.padding;
		}
		float[] shared = new float[columns];
		for (int c = 0; c < columns; c++) {
			float most = this.max[c] + this.padding;
			float least = this.min[c] + this.padding;
			if (maxSum <= this.available) {
				shared[c] = most * this.available / maxSum;
			}
			else if (minSum >= this.available) {
				shared[c] = least * this.available / minSum;
			}
			else {
				shared[c] = least + (this.available - minSum) * (most - least) / (maxSum - minSum);
			}
		}
		return shared;
	}

}
