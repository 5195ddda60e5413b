package gov.records.governance.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The xlarge shape, at the tiny size (40 components of 12 offices, a thousandth of the
 * groups and accounts): generated into a freshly migrated H2 database with batch inserts
 * and into a PostgreSQL schema with {@code COPY} (DD069), counted, and compared row by
 * row between the two stores.
 */
class TinyDataSetTest {

	@Test
	void xlargeAndTinyShareTheirShape() {
		for (DemoSize size : List.of(DemoSize.XLARGE, DemoSize.TINY)) {
			DemoOrganizations orgs = DemoOrganizations.build(size);
			assertThat(orgs.rows()).hasSize(1 + 40 + 40 * 12);
			assertThat(orgs.officeIds()).hasSize(480);
			assertThat(orgs.idsByCode()).containsKeys("DCR", "OS", "FEC", "OIG", "R07", "R40", "FEC-OPS", "R40-TRN");
		}
		assertThat(DemoSize.XLARGE.accounts()).isEqualTo(2_500_000);
		assertThat(DemoSize.XLARGE.groups()).isEqualTo(250_000);
		assertThat(DemoSize.TINY.accounts() * 1000).isEqualTo(DemoSize.XLARGE.accounts());
		assertThat(DemoSize.TINY.groups() * 1000).isEqualTo(DemoSize.XLARGE.groups());
		// about as many groups per office at xlarge as at large
		double large = DemoSize.LARGE.groups() / (6.0 * DemoSize.LARGE.officesPerComponent());
		double xlarge = DemoSize.XLARGE.groups() / (40.0 * DemoSize.XLARGE.officesPerComponent());
		assertThat(xlarge / large).isBetween(0.9, 1.1);
	}

	@Test
	void tinyOnH2WithBatchInserts() throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:tiny-" + System.nanoTime(), "sa", "")) {
			JdbcTemplate jdbc = generate(connection, null);
			assertThat(new BatchInserts(jdbc).method()).isEqualTo("batch inserts");
			assertCounts(jdbc);
		}
	}

	@Test
	void tinyOnPostgresWithCopyIsTheSameAsOnH2() throws SQLException {
		assumeTrue(!"false".equals(System.getProperty("governance.test.postgres")), "PostgreSQL tests switched off");
		String database = System.getenv().getOrDefault("GOVERNANCE_TEST_PGDB", "test");
		String schema = "demo_tiny";
		try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres",
				"")) {
			admin.createStatement().execute("drop schema if exists " + schema + " cascade");
		}
		try (Connection pg = DriverManager
			.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database + "?currentSchema=" + schema, "postgres", "");
				Connection h2 = DriverManager.getConnection("jdbc:h2:mem:tiny-" + System.nanoTime(), "sa", "")) {
			JdbcTemplate postgres = generate(pg, schema);
			assertThat(new BatchInserts(postgres).method()).isEqualTo("COPY");
			assertCounts(postgres);
			// the planner has statistics of what was loaded (never-analyzed tables say
			// -1)
			assertThat(postgres.queryForObject(
					"select reltuples from pg_class where relname = 'account' and relnamespace = 'demo_tiny'::regnamespace",
					Double.class))
				.isEqualTo(2_500.0);
			JdbcTemplate reference = generate(h2, null);
			for (String query : List.of(
					"select id, platform_id, organization_id, external_id, display_name, position_title, role_category, official, status from account order by id",
					"select group_id, account_id from group_membership order by group_id, account_id",
					"select id, platform_id, organization_id, external_id, name, version from messaging_group order by id",
					"select id, parent_id, code, name, kind, depth from organization order by id",
					"select id, group_id, auto_delete, max_lifetime_seconds, burn_on_read_seconds, capture_enabled, changed_by, reason, approved_by from deletion_policy_version order by id",
					"select id, kind, case_reference, title, placed_by, released_by from legal_hold order by id",
					"select id, hold_id, scope_kind, account_id, group_id, organization_id from legal_hold_scope order by id",
					"select id, schedule_item_id, target_kind, group_id, organization_id, role_category, assigned_by from schedule_assignment order by id")) {
				assertThat(rows(postgres, query)).as(query).isEqualTo(rows(reference, query)).isNotEmpty();
			}
			assertThat(instants(postgres, "select created_at from messaging_group order by id"))
				.isEqualTo(instants(reference, "select created_at from messaging_group order by id"));
			assertThat(instants(postgres, "select valid_from from deletion_policy_version order by id"))
				.isEqualTo(instants(reference, "select valid_from from deletion_policy_version order by id"));
		}
	}

	/** Migrates an empty database as the console does, then generates the tiny set. */
	private static JdbcTemplate generate(Connection connection, String schema) {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
		var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
		if (schema != null) {
			flyway.schemas(schema).defaultSchema(schema);
		}
		flyway.load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		new DemoDataGenerator(jdbc, new DemoRecordsWriter()).generate(DemoSize.TINY);
		return jdbc;
	}

	private static void assertCounts(JdbcTemplate jdbc) {
		assertThat(count(jdbc, "select count(*) from organization")).isEqualTo(521);
		assertThat(count(jdbc, "select count(*) from organization where kind = 'COMPONENT'")).isEqualTo(40);
		assertThat(count(jdbc, "select count(*) from organization where kind = 'OFFICE'")).isEqualTo(480);
		// 250 groups, 3 WhatsApp chats, at least a dozen Slack conversations
		assertThat(count(jdbc, "select count(*) from messaging_group")).isEqualTo(250 + 3 + 12);
		assertThat(count(jdbc, "select count(*) from account")).isEqualTo(2_500);
		assertThat(count(jdbc, "select count(*) from account where platform_id = 4")).isEqualTo(12);
		assertThat(count(jdbc, "select count(*) from group_membership")).isBetween(2_500L, 5_000L);
		assertThat(count(jdbc, "select count(distinct organization_id) from messaging_group")).isGreaterThan(240);
		assertThat(count(jdbc, "select count(*) from deletion_policy_version where valid_to is null"))
			.isEqualTo(count(jdbc, "select count(*) from messaging_group"));
		assertThat(count(jdbc, "select count(*) from legal_hold")).isEqualTo(1);
		assertThat(count(jdbc, "select count(*) from records_schedule")).isEqualTo(3);
		assertThat(count(jdbc, "select count(*) from platform")).isEqualTo(5);
		// the identity columns moved past the generated ids
		jdbc.update("insert into records_schedule (code, title, kind) values ('X 1', 'x', 'GRS')");
		assertThat(count(jdbc, "select max(id) from records_schedule")).isEqualTo(4);
	}

	private static long count(JdbcTemplate jdbc, String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	private static List<String> rows(JdbcTemplate jdbc, String sql) {
		return jdbc.query(sql, (rs, n) -> {
			StringBuilder row = new StringBuilder();
			for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
				Object value = rs.getObject(c);
				row.append(value instanceof Number number ? Long.toString(number.longValue()) : String.valueOf(value))
					.append('|');
			}
			return row.toString();
		});
	}

	private static List<java.time.Instant> instants(JdbcTemplate jdbc, String sql) {
		return jdbc.query(sql, (rs, n) -> rs.getTimestamp(1).toInstant());
	}

}
