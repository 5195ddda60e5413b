package gov.records.governance.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The raw baselines' reading: every column of every row fetched over plain JDBC, as a
 * service's mapper would, so a baseline costs what the service's query costs.
 */
final class RawReads {

	private RawReads() {
	}

	/** Runs the statement and reads every column of every row; the number of rows. */
	static int drain(PreparedStatement statement) throws SQLException {
		int rows = 0;
		try (ResultSet result = statement.executeQuery()) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				for (int column = 1; column <= columns; column++) {
					result.getObject(column);
				}
				rows++;
			}
		}
		return rows;
	}

	/** Fails the benchmark when the data it needs is not there. */
	static void check(boolean condition, String message) {
		if (!condition) {
			throw new IllegalStateException("Benchmark precondition failed: " + message);
		}
	}

}
