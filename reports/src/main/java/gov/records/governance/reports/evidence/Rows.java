package gov.records.governance.reports.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/** Helpers for reading report rows from JDBC. */
final class Rows {

	private Rows() {
	}

	static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	static @Nullable Long longOrNull(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	static Timestamp at(Instant instant) {
		return Timestamp.from(instant);
	}

	/**
	 * An instant if it is not after {@code limit}, else null: what was known at the
	 * limit.
	 */
	static @Nullable Instant ifBy(@Nullable Instant value, Instant limit) {
		return (value != null && !value.isAfter(limit)) ? value : null;
	}

	/** A mutable row for building. */
	static List<@Nullable Object> row(@Nullable Object... cells) {
		List<@Nullable Object> row = new ArrayList<>(cells.length);
		for (Object cell : cells) {
			row.add(cell);
		}
		return row;
	}

	/**
	 * Collapses runs of consecutive elements with the same key (an ordered query joined
	 * to a one-to-many table) into one element each, lazily; closing the result closes
	 * the source.
	 */
	static <T, K, R> Stream<R> collapse(Stream<T> source, Function<T, K> key, Function<List<T>, R> merge) {
		Iterator<T> in = source.iterator();
		Iterator<R> out = new Iterator<>() {

			private @Nullable T pending;

			@Override
			public boolean hasNext() {
				return this.pending != null || in.hasNext();
			}

			@Override
			public R next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				List<T> run = new ArrayList<>();
				T first = (this.pending != null) ? this.pending : in.next();
				this.pending = null;
				run.add(first);
				K k = key.apply(first);
				while (in.hasNext()) {
					T next = in.next();
					if (!k.equals(key.apply(next))) {
						this.pending = next;
						break;
					}
					run.add(next);
				}
				return merge.apply(run);
			}
		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(out, 0), false).onClose(source::close);
	}

}
