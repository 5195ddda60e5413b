package gov.records.governance.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes the rows of one generator insert with PostgreSQL's {@code COPY ... FROM STDIN}
 * (pgjdbc's {@code CopyManager}) instead of batched inserts: the same statement text
 * ({@code insert into t (c1, c2, ...) values (?, ?, 0, null)}) is read for its table,
 * columns and constant values, and each row goes as one CSV line (DD069).
 */
final class CopyRows {

	private static final Pattern INSERT = Pattern
		.compile("(?is)\\s*insert\\s+into\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*values\\s*\\(([^)]*)\\)\\s*");

	private static final Pattern CONSTANT = Pattern.compile("(?i)null|true|false|-?\\d+");

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	/** Rows per buffer handed to the driver. */
	private static final int BUFFER_ROWS = 10_000;

	private final String table;

	private final List<String> columns;

	/** Per column: null for a parameter, else the constant the statement writes. */
	private final List<@Nullable String> constants;

	private CopyRows(String table, List<String> columns, List<@Nullable String> constants) {
		this.table = table;
		this.columns = columns;
		this.constants = constants;
	}

	/** Reads an insert statement; anything else is refused in words. */
	static CopyRows of(String insert) {
		Matcher matcher = INSERT.matcher(insert);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not an insert with a column and a value list: " + insert.strip());
		}
		List<String> columns = split(matcher.group(2));
		List<String> values = split(matcher.group(3));
		if (columns.size() != values.size()) {
			throw new IllegalArgumentException(
					columns.size() + " columns but " + values.size() + " values in: " + insert.strip());
		}
		List<@Nullable String> constants = new ArrayList<>();
		for (String value : values) {
			if (value.equals("?")) {
				constants.add(null);
			}
			else if (CONSTANT.matcher(value).matches()) {
				constants.add(value.equalsIgnoreCase("null") ? "" : value);
			}
			else {
				throw new IllegalArgumentException("value '" + value + "' is neither ? nor a constant in: " + insert);
			}
		}
		return new CopyRows(matcher.group(1), columns, constants);
	}

	/** The {@code COPY} statement these rows are written with. */
	String copyStatement() {
		return "copy " + this.table + " (" + String.join(", ", this.columns) + ") from stdin (format csv)";
	}

	/** Writes every row over the connection (in the caller's transaction). */
	void write(Connection connection, List<Object[]> rows) throws SQLException {
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyStatement());
		try {
			StringBuilder buffer = new StringBuilder();
			for (int i = 0; i < rows.size(); i++) {
				line(buffer, rows.get(i));
				if ((i + 1) % BUFFER_ROWS == 0 || i == rows.size() - 1) {
					byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
					copy.writeToCopy(bytes, 0, bytes.length);
					buffer.setLength(0);
				}
			}
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	/** One row as a CSV line; public for the test of the encoding. */
	String line(Object[] row) {
		StringBuilder line = new StringBuilder();
		line(line, row);
		return line.toString();
	}

	private void line(StringBuilder out, Object[] row) {
		int parameter = 0;
		for (int c = 0; c < this.columns.size(); c++) {
			if (c > 0) {
				out.append(',');
			}
			String constant = this.constants.get(c);
			if (constant != null) {
				out.append(constant);
				continue;
			}
			if (parameter >= row.length) {
				throw new IllegalArgumentException("a row of " + this.table + " has " + row.length
						+ " values, fewer than " + "the statement's parameters");
			}
			value(out, row[parameter++]);
		}
		if (parameter != row.length) {
			throw new IllegalArgumentException(
					"a row of " + this.table + " has " + row.length + " values for " + parameter + " parameters");
		}
		out.append('\n');
	}

	private static void value(StringBuilder out, @Nullable Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		}
		else if (value instanceof OffsetDateTime time) {
			out.append(TIMESTAMP.format(time));
		}
		else if (value instanceof Instant instant) {
			out.append(TIMESTAMP.format(instant.atOffset(ZoneOffset.UTC)));
		}
		else if (value instanceof java.sql.Timestamp timestamp) {
			out.append(TIMESTAMP.format(timestamp.toInstant().atOffset(ZoneOffset.UTC)));
		}
		else {
			String text = (value instanceof Enum<?> e) ? e.name() : value.toString();
			out.append('"').append(text.replace("\"", "\"\"")).append('"');
		}
	}

	private static List<String> split(String list) {
		List<String> parts = new ArrayList<>();
		for (String part : list.split(",")) {
			parts.add(part.strip());
		}
		return parts;
	}

}
