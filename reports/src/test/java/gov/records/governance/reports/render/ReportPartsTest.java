package gov.records.governance.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rows are read from their stream one part at a time, and the stream is closed. */
class ReportPartsTest {

	@Test
	void readsRowsOnlyAsPartsAreBuilt() {
		AtomicInteger read = new AtomicInteger();
		AtomicBoolean closed = new AtomicBoolean();
		Stream<List<String>> rows = IntStream.range(0, 5)
			.mapToObj((i) -> List.of("row " + i))
			.peek((row) -> read.incrementAndGet())
			.onClose(() -> closed.set(true));
		ReportDocument report = new ReportDocument(new ReportMetadata("t", "s", "a", "k", Instant.EPOCH),
				List.of(new ReportBlock.Heading("Before"), new ReportBlock.Table("T", List.of("c"), rows),
						new ReportBlock.Paragraph("After")));
		try (ReportParts parts = new ReportParts(report, 2)) {
			ReportParts.Part first = parts.next();
			assertThat(first.first()).isTrue();
			assertThat(first.items()).hasSize(2);
			assertThat(read.get()).isLessThanOrEqualTo(3);
			ReportParts.TableSlice slice = (ReportParts.TableSlice) first.items().get(1);
			assertThat(slice.rows()).hasSize(2);
			assertThat(slice.continued()).isFalse();

			ReportParts.Part second = parts.next();
			assertThat(second.first()).isFalse();
			ReportParts.TableSlice middle = (ReportParts.TableSlice) second.items().get(0);
			assertThat(middle.firstRowIndex()).isEqualTo(2);
			assertThat(middle.continued()).isTrue();

			ReportParts.Part third = parts.next();
			assertThat(third.items()).hasSize(2);
			assertThat(((ReportParts.TableSlice) third.items().get(0)).rows()).containsExactly(List.of("row 4"));
			assertThat(third.items().get(1)).isEqualTo(new ReportBlock.Paragraph("After"));
			assertThat(closed).isTrue();
			assertThat(parts.hasNext()).isFalse();
		}
	}

	@Test
	void anEmptyReportIsOnePart() {
		try (ReportParts parts = new ReportParts(
				new ReportDocument(new ReportMetadata("t", "s", "a", "k", Instant.EPOCH), List.of()), 10)) {
			assertThat(parts.next().items()).isEmpty();
			assertThat(parts.hasNext()).isFalse();
		}
	}

}
