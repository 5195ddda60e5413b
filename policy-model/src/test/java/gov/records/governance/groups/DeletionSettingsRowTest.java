package gov.records.governance.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The one reader of the five deletion-setting columns: read from where the caller's
 * select puts them, with null seconds read as no duration (not zero).
 */
class DeletionSettingsRowTest {

	@Test
	void readsTheFiveColumnsFromWhereTheyStart() throws SQLException {
		try (Connection c = DriverManager.getConnection("jdbc:h2:mem:settings-row");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select 'name', true, 604800, 3600, 20, true")) {
			rs.next();
			assertThat(DeletionSettingsRow.read(rs, 2))
				.isEqualTo(new DeletionSettings(true, Duration.ofDays(7), Duration.ofHours(1), 20, true));
		}
	}

	@Test
	void nullSecondsAreNoDurationAndZeroSecondsAreZero() throws SQLException {
		try (Connection c = DriverManager.getConnection("jdbc:h2:mem:settings-row");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(
						"select false, cast(null as bigint), cast(null as bigint), 0, false, cast(0 as bigint)")) {
			rs.next();
			assertThat(DeletionSettingsRow.read(rs, 1)).isEqualTo(new DeletionSettings(false, null, null, 0, false));
			assertThat(DeletionSettingsRow.seconds(rs, 6)).isEqualTo(Duration.ZERO);
		}
	}

}
