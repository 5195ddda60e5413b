package gov.records.governance.bench;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL ({@code ./govern bench --db postgres}): every run starts from an empty
 * schema, as the H2 runs start from a deleted database file. Drops the harness's own
 * schema ({@code bench_<size>}, nothing else) and lets Flyway create and migrate it.
 */
@Component
@Profile("bench-postgres")
class FreshBenchSchema implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(FreshBenchSchema.class);

	private final DataSource dataSource;

	private final String schema;

	FreshBenchSchema(DataSource dataSource, @Value("${governance.bench.schema}") String schema) {
		if (!schema.matches("bench_[a-z]+")) {
			throw new IllegalArgumentException("the benchmark schema must be bench_<size>, not '" + schema + "'");
		}
		this.dataSource = dataSource;
		this.schema = schema;
	}

	@Override
	public void migrate(Flyway flyway) {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + this.schema + " cascade");
			log.info("Dropped schema {} of {} for a fresh benchmark run", this.schema,
					connection.getMetaData().getURL());
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("could not drop the benchmark schema " + this.schema
					+ " (does the database exist? createdb -h 127.0.0.1 -U postgres governance_bench)", ex);
		}
		flyway.migrate();
	}

}
