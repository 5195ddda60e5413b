package gov.records.governance.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Short tables stay in the HTML parts, long ones become segments of their own with the
 * headings and paragraphs before them; rows are read only as far as needed, and every
 * stream is closed.
 */
class ReportPartsTest {

	private static final ReportMetadata METADATA = new ReportMetadata("t", "s", "a", "k", Instant.EPOCH);

	@Test
	void aShortTableIsLaidOutWithTheTextAroundIt() {
		AtomicBoolean closed = new AtomicBoolean();
		ReportDocument report = new ReportDocument(METADATA, List.of(new ReportBlock.Heading("Before"),
				new ReportBlock.Table("T", List.of("c"), rows(2, null, closed)), new ReportBlock.Paragraph("After")));
		try (ReportParts parts = new ReportParts(report, 2)) {
			ReportParts.Part part = (ReportParts.Part) parts.next();
			assertThat(part.first()).isTrue();
			assertThat(part.items()).hasSize(3);
			ReportParts.ShortTable table = (ReportParts.ShortTable) part.items().get(1);
			assertThat(table.rows()).containsExactly(List.of("row 0"), List.of("row 1"));
			assertThat(closed).isTrue();
			assertThat(parts.hasNext()).isFalse();
		}
	}

	@Test
	void aLongTableTakesTheHeadingsBeforeItAndStreamsItsRows() {
		AtomicInteger read = new AtomicInteger();
		AtomicBoolean closed = new AtomicBoolean();
		ReportDocument report = new ReportDocument(METADATA,
				List.of(new ReportBlock.Chart("C", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
						new ReportBlock.Heading("Groups"), new ReportBlock.Paragraph("Every group."),
						new ReportBlock.Table("T", List.of("c"), rows(5, read, closed)),
						new ReportBlock.Paragraph("After")));
		try (ReportParts parts = new ReportParts(report, 2)) {
			ReportParts.Part first = (ReportParts.Part) parts.next();
			assertThat(first.first()).isTrue();
			assertThat(first.items()).hasSize(1).first().isInstanceOf(ReportBlock.Chart.class);

			ReportParts.LongTable table = (ReportParts.LongTable) parts.next();
			assertThat(table.lead()).containsExactly(new ReportBlock.Heading("Groups"),
					new ReportBlock.Paragraph("Every group."));
			// only enough rows to tell it is long
			assertThat(read.get()).isEqualTo(3);
			List<List<String>> all = new ArrayList<>();
			table.rows().forEachRemaining(all::add);
			assertThat(all).extracting((row) -> row.getFirst())
				.containsExactly("row 0", "row 1", "row 2", "row 3", "row 4");
			assertThat(closed).isFalse();

			ReportParts.Part last = (ReportParts.Part) parts.next();
			assertThat(closed).isTrue();
			assertThat(last.first()).isFalse();
			assertThat(last.items()).containsExactly(new ReportBlock.Paragraph("After"));
			assertThat(parts.hasNext()).isFalse();
		}
	}

	@Test
	void aReportThatOpensWithALongTableStillHasItsTitlePart() {
		AtomicBoolean closed = new AtomicBoolean();
		ReportDocument report = new ReportDocument(METADATA,
				List.of(new ReportBlock.Table("T", List.of("c"), rows(3, null, closed))));
		try (ReportParts parts = new ReportParts(report, 1)) {
			ReportParts.Part title = (ReportParts.Part) parts.next();
			assertThat(title.first()).isTrue();
			assertThat(title.items()).isEmpty();
			assertThat(parts.next()).isInstanceOf(ReportParts.LongTable.class);
			assertThat(parts.hasNext()).isFalse();
		}
		// closing the parts closes a table left half read
		assertThat(closed).isTrue();
	}

	@Test
	void anEmptyReportIsOnePart() {
		try (ReportParts parts = new ReportParts(new ReportDocument(METADATA, List.of()), 10)) {
			assertThat(((ReportParts.Part) parts.next()).items()).isEmpty();
			assertThat(parts.hasNext()).isFalse();
		}
	}

	private static Stream<List<String>> rows(int count, @Nullable AtomicInteger read, AtomicBoolean closed) {
		return IntStream.range(0, count).mapToObj((i) -> List.of("row " + i)).peek((row) -> {
			if (read != null) {
				read.incrementAndGet();
			}
		}).onClose(() -> closed.set(true));
	}

}
