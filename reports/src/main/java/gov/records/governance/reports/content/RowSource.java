package gov.records.governance.reports.content;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Opens a table's rows as a stream, typically straight from a database cursor; every
 * format opens it again and closes it when done. Cells are {@code String}, a number,
 * {@code Boolean}, {@code java.time.Instant} or null.
 */
@FunctionalInterface
public interface RowSource {

	Stream<List<@Nullable Object>> open();

	static RowSource of(List<List<@Nullable Object>> rows) {
		List<List<@Nullable Object>> copy = List.copyOf(rows);
		return copy::stream;
	}

}
