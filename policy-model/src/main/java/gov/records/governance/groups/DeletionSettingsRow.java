package gov.records.governance.groups;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link DeletionSettings} from a JDBC row: the five columns every table that holds
 * them names alike ({@code auto_delete, max_lifetime_seconds, burn_on_read_seconds,
 * shredder_intensity, capture_enabled}), selected in that order.
 */
public final class DeletionSettingsRow {

	private DeletionSettingsRow() {
	}

	/** The settings in the five columns starting at {@code from} (1-based). */
	public static DeletionSettings read(ResultSet rs, int from) throws SQLException {
		return new DeletionSettings(rs.getBoolean(from), seconds(rs, from + 1), seconds(rs, from + 2),
				rs.getInt(from + 3), rs.getBoolean(from + 4));
	}

	/** A nullable column of whole seconds, as a duration; null when the column is. */
	public static @Nullable Duration seconds(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : Duration.ofSeconds(value);
	}

}
