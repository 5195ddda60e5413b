package gov.records.governance.reports.render;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a report into parts of at most {@code rowsPerPart} table rows, reading table rows
 * from their streams only as each part is built. Each part is laid out on its own, so
 * memory depends on the part size, not on the report's length.
 */
final class ReportParts implements Iterator<ReportParts.Part>, AutoCloseable {

	private final Iterator<ReportBlock> blocks;

	private final int rowsPerPart;

	private boolean first = true;

	private ReportBlock.@Nullable Table openTable;

	private @Nullable Stream<List<String>> openStream;

	private @Nullable Iterator<List<String>> openRows;

	private long nextRowIndex;

	ReportParts(ReportDocument report, int rowsPerPart) {
		if (rowsPerPart < 1) {
			throw new IllegalArgumentException("a part holds at least one row");
		}
		this.blocks = report.blocks().iterator();
		this.rowsPerPart = rowsPerPart;
	}

	@Override
	public boolean hasNext() {
		return this.first || this.blocks.hasNext() || (this.openRows != null && this.openRows.hasNext());
	}

	@Override
	public Part next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		List<Object> items = new ArrayList<>();
		int budget = this.rowsPerPart;
		while (true) {
			if (this.openTable != null && this.openRows != null) {
				boolean continued = this.nextRowIndex > 0;
				long start = this.nextRowIndex;
				List<List<String>> rows = new ArrayList<>();
				while (budget > 0 && this.openRows.hasNext()) {
					rows.add(this.openRows.next());
					budget--;
				}
				this.nextRowIndex += rows.size();
				items.add(new TableSlice(this.openTable, rows, start, continued));
				if (this.openRows.hasNext()) {
					break;
				}
				closeTable();
			}
			if (!this.blocks.hasNext()) {
				break;
			}
			ReportBlock block = this.blocks.next();
			if (block instanceof ReportBlock.Table table) {
				this.openTable = table;
				this.openStream = table.rows();
				this.openRows = this.openStream.iterator();
				this.nextRowIndex = 0;
			}
			else {
				items.add(block);
			}
		}
		Part part = new Part(items, this.first);
		this.first = false;
		return part;
	}

	private void closeTable() {
		if (this.openStream != null) {
			this.openStream.close();
		}
		this.openTable = null;
		this.openStream = null;
		this.openRows = null;
	}

	@Override
	public void close() {
		closeTable();
	}

	/**
	 * One part of a report: headings, paragraphs, charts and table slices.
	 *
	 * @param items {@link ReportBlock}s other than tables, and {@link TableSlice}s
	 * @param first whether this is the first part (which carries the title block)
	 */
	record Part(List<Object> items, boolean first) {
	}

	/**
	 * Consecutive rows of one table.
	 *
	 * @param table the table they belong to
	 * @param rows the rows
	 * @param firstRowIndex the index of the first row in the whole table
	 * @param continued whether earlier rows were in an earlier part
	 */
	record TableSlice(ReportBlock.Table table, List<List<String>> rows, long firstRowIndex, boolean continued) {
	}

}
