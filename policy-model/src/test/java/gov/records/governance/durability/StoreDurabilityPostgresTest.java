package gov.records.governance.durability;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * PostgreSQL that confirms commits before they are on disk is refused (issue 12, build
 * 1), or only warned about when the operator allows it.
 */
@EnabledIfSystemProperty(named = "governance.test.postgres", matches = "true")
class StoreDurabilityPostgresTest {

	static final String URL = "jdbc:postgresql://127.0.0.1:5432/"
			+ System.getenv().getOrDefault("GOVERNANCE_TEST_PGDB", "test");

	@Test
	void aServerThatSyncsEveryCommitIsAccepted() throws Exception {
		try (Connection connection = DriverManager.getConnection(URL, "postgres", "")) {
			assertThatCode(() -> check(connection, false)).doesNotThrowAnyException();
		}
	}

	@Test
	void aSessionWithSynchronousCommitOffIsRefusedUnlessAllowed() throws Exception {
		try (Connection connection = DriverManager.getConnection(URL, "postgres", "")) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("set synchronous_commit = off");
			}
			assertThatThrownBy(() -> check(connection, false)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("synchronous_commit is off")
				.hasMessageContaining("allow-unsafe-postgres");
			assertThatCode(() -> check(connection, true)).doesNotThrowAnyException();
		}
	}

	private static void check(Connection connection, boolean allowUnsafe) throws Exception {
		new StoreDurabilityCheck(new SingleConnectionDataSource(connection, true),
				new DurabilityProperties(allowUnsafe), URL)
			.afterPropertiesSet();
	}

}
