package gov.records.governance.authorization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One decision table of the matrix, kept as CSV in the test resources so that it can be
 * reviewed on its own: a row per operation (or route) and scope, a column per principal,
 * each cell the expected answer. Lines starting with {@code #} are comments; the first
 * other line names the columns.
 */
final class DecisionTable {

	/** The principals of every table, in column order: anonymous, then the demo users. */
	static final List<String> PRINCIPALS = List.of("anonymous", "cio", "admin", "admin-fec", "records", "inspector",
			"capture-bot");

	/** One row: what the operation or route answers each principal, for one scope. */
	record Row(int line, String key, Scope scope, Map<String, String> expected) {
	}

	private final String name;

	private final List<Row> rows;

	private DecisionTable(String name, List<Row> rows) {
		this.name = name;
		this.rows = rows;
	}

	static DecisionTable load(String resource) {
		try (InputStream in = DecisionTable.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("no decision table at " + resource);
			}
			return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static DecisionTable parse(String name, String text) {
		List<Row> rows = new ArrayList<>();
		List<String> header = null;
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			List<String> cells = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
			if (header == null) {
				header = cells;
				if (!header.equals(columns())) {
					throw new IllegalStateException(name + ": the header must be " + String.join(",", columns()));
				}
				continue;
			}
			if (cells.size() != header.size()) {
				throw new IllegalStateException(
						name + " line " + (i + 1) + ": " + cells.size() + " cells, the header has " + header.size());
			}
			Map<String, String> expected = new LinkedHashMap<>();
			for (int c = 0; c < PRINCIPALS.size(); c++) {
				expected.put(PRINCIPALS.get(c), cells.get(c + 2));
			}
			rows.add(new Row(i + 1, cells.get(0), Scope.of(cells.get(1)), expected));
		}
		return new DecisionTable(name, List.copyOf(rows));
	}

	private static List<String> columns() {
		List<String> columns = new ArrayList<>(List.of("operation", "scope"));
		columns.addAll(PRINCIPALS);
		return columns;
	}

	String name() {
		return this.name;
	}

	List<Row> rows() {
		return this.rows;
	}

	/** The operations (or routes) the table decides, in table order. */
	Set<String> keys() {
		Set<String> keys = new LinkedHashSet<>();
		this.rows.forEach((row) -> keys.add(row.key()));
		return keys;
	}

	Optional<Row> row(String key, Scope scope) {
		return this.rows.stream().filter((r) -> r.key().equals(key) && r.scope() == scope).findFirst();
	}

	/**
	 * What is wrong with the table's rows for one key: each key is decided either once
	 * for any scope, or once inside and once outside the component administrator's scope.
	 */
	List<String> shapeProblems() {
		List<String> problems = new ArrayList<>();
		for (String key : keys()) {
			List<Scope> scopes = this.rows.stream().filter((r) -> r.key().equals(key)).map(Row::scope).toList();
			if (!scopes.equals(List.of(Scope.ANY)) && !scopes.equals(List.of(Scope.IN, Scope.OUT))) {
				problems.add(this.name + ": " + key + " must have one row 'any', or the rows 'in' then 'out'; has "
						+ scopes);
			}
		}
		return problems;
	}

}
