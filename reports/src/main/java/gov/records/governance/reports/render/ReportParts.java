package gov.records.governance.reports.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a report into the segments the renderer writes one after the other: parts laid out
 * as HTML by openhtmltopdf (the title block, headings, paragraphs, charts and tables of
 * at most {@code htmlRows} rows), and long tables drawn directly onto pages (DD014). Rows
 * are read from a table's stream only when the table is reached: the first
 * {@code htmlRows + 1} to tell a short table from a long one, the rest of a long table as
 * it is drawn. The headings and paragraphs right before a long table go with it, so a
 * heading never ends a page on its own.
 */
final class ReportParts implements Iterator<ReportParts.Segment>, AutoCloseable {

	private final Iterator<ReportBlock> blocks;

	private final int htmlRows;

	private final Deque<Segment> ready = new ArrayDeque<>();

	private boolean first = true;

	/** The stream of the long table queued to be returned next. */
	private @Nullable Stream<List<String>> queuedStream;

	/** The stream of the long table last returned, being drawn. */
	private @Nullable Stream<List<String>> drawnStream;

	ReportParts(ReportDocument report, int htmlRows) {
		if (htmlRows < 1) {
			throw new IllegalArgumentException("an HTML table holds at least one row");
		}
		this.blocks = report.blocks().iterator();
		this.htmlRows = htmlRows;
	}

	@Override
	public boolean hasNext() {
		return this.first || !this.ready.isEmpty() || this.blocks.hasNext();
	}

	/**
	 * The next segment. A {@link LongTable}'s rows must be drawn before this is called
	 * again: its stream is closed then.
	 */
	@Override
	public Segment next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		closeDrawn();
		if (this.ready.isEmpty()) {
			collect();
		}
		Segment next = this.ready.removeFirst();
		if (next instanceof LongTable) {
			this.drawnStream = this.queuedStream;
			this.queuedStream = null;
		}
		return next;
	}

	/** Reads blocks up to and including the next long table, or to the end. */
	private void collect() {
		List<Object> items = new ArrayList<>();
		while (this.blocks.hasNext()) {
			ReportBlock block = this.blocks.next();
			if (!(block instanceof ReportBlock.Table table)) {
				items.add(block);
				continue;
			}
			Stream<List<String>> stream = table.rows();
			Iterator<List<String>> rows = stream.iterator();
			List<List<String>> head = new ArrayList<>();
			while (head.size() <= this.htmlRows && rows.hasNext()) {
				head.add(rows.next());
			}
			if (head.size() <= this.htmlRows) {
				stream.close();
				items.add(new ShortTable(table, head));
				continue;
			}
			this.queuedStream = stream;
			List<ReportBlock> lead = new ArrayList<>();
			while (!items.isEmpty() && (items.getLast() instanceof ReportBlock.Heading
					|| items.getLast() instanceof ReportBlock.Paragraph)) {
				lead.addFirst((ReportBlock) items.removeLast());
			}
			if (!items.isEmpty() || this.first) {
				this.ready.add(part(items));
			}
			this.ready.add(new LongTable(lead, table, head, rows));
			return;
		}
		this.ready.add(part(items));
	}

	private Part part(List<Object> items) {
		Part part = new Part(items, this.first);
		this.first = false;
		return part;
	}

	private void closeDrawn() {
		if (this.drawnStream != null) {
			this.drawnStream.close();
			this.drawnStream = null;
		}
	}

	@Override
	public void close() {
		closeDrawn();
		if (this.queuedStream != null) {
			this.queuedStream.close();
			this.queuedStream = null;
		}
	}

	/** What the renderer writes in one go. */
	sealed interface Segment {

	}

	/**
	 * A part laid out as HTML: headings, paragraphs, charts and short tables.
	 *
	 * @param items {@link ReportBlock}s other than tables, and {@link ShortTable}s
	 * @param first whether this is the first part (which carries the title block)
	 */
	record Part(List<Object> items, boolean first) implements Segment {
	}

	/**
	 * A table short enough to lay out as HTML with the text around it.
	 *
	 * @param table the table
	 * @param rows all its rows
	 */
	record ShortTable(ReportBlock.Table table, List<List<String>> rows) {
	}

	/**
	 * A table too long to lay out as HTML, drawn directly onto new pages.
	 *
	 * @param lead the headings and paragraphs right before it
	 * @param table the table
	 * @param head its first rows, already read
	 * @param rest the rows after them, read from the table's open stream
	 */
	record LongTable(List<ReportBlock> lead, ReportBlock.Table table, List<List<String>> head,
			Iterator<List<String>> rest) implements Segment {

		/** Every row, the head first. */
		Iterator<List<String>> rows() {
			Iterator<List<String>> read = this.head.iterator();
			Iterator<List<String>> rest = this.rest;
			return new Iterator<>() {

				@Override
				public boolean hasNext() {
					return read.hasNext() || rest.hasNext();
				}

				@Override
				public List<String> next() {
					return read.hasNext() ? read.next() : rest.next();
				}
			};
		}

	}

}
