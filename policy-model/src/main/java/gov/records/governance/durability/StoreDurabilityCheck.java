package gov.records.governance.durability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At start-up, before anything is written: the store must keep every commit it
 * acknowledges (DD016). On H2 a URL that sets a {@code WRITE_DELAY} other than 0 is
 * refused, and the database's own delay is set to 0 (H2's default holds commits in memory
 * for 500 ms); on PostgreSQL {@code fsync} and {@code synchronous_commit} must be on
 * (refused unless {@code governance.durability.allow-unsafe-postgres}, then a warning).
 * Other databases are not checked.
 */
@Component
public class StoreDurabilityCheck implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(StoreDurabilityCheck.class);

	private final DataSource dataSource;

	private final DurabilityProperties properties;

	/** The URL as configured: H2's connection reports it without its settings. */
	private final @Nullable String configuredUrl;

	@Autowired
	StoreDurabilityCheck(DataSource dataSource, DurabilityProperties properties, Environment environment) {
		this(dataSource, properties, environment.getProperty("spring.datasource.url"));
	}

	StoreDurabilityCheck(DataSource dataSource, DurabilityProperties properties, @Nullable String configuredUrl) {
		this.dataSource = dataSource;
		this.properties = properties;
		this.configuredUrl = configuredUrl;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			String url = connection.getMetaData().getURL();
			String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
			if (url != null && H2Url.isH2(url)) {
				String configured = this.configuredUrl;
				checkH2(connection, new H2Url((configured != null && H2Url.isH2(configured)) ? configured : url));
			}
			else if (product.contains("postgres")) {
				checkPostgres(connection);
			}
		}
	}

	private void checkH2(Connection connection, H2Url url) throws SQLException {
		OptionalLong delay = url.writeDelay();
		if (delay.isPresent() && delay.getAsLong() != 0) {
			throw new IllegalStateException("The database URL sets WRITE_DELAY=" + delay.getAsLong()
					+ ": H2 would confirm changes it has not yet written, and a crash would lose them with their "
					+ "audit events. Remove the setting or set WRITE_DELAY=0.");
		}
		if (url.file().isEmpty()) {
			return;
		}
		if (h2WriteDelay(connection) != 0) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET WRITE_DELAY 0");
			}
		}
		long now = h2WriteDelay(connection);
		if (now != 0) {
			throw new IllegalStateException("H2 keeps a write delay of " + now + " ms and would not set it to 0.");
		}
		try {
			// every commit is followed by it (H2CommitBarrier): it must be allowed
			H2CommitBarrier.awaitStored(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("H2 refused CHECKPOINT (" + ex.getMessage() + "): the console stores each "
					+ "commit with it before confirming the commit. Connect as the database's owner (an admin user).",
					ex);
		}
		url.file().ifPresent((database) -> {
			OwnerOnlyFiles.folder(database);
			OwnerOnlyFiles.files(database);
		});
		log.info(
				"H2 writes every commit before it is confirmed (WRITE_DELAY 0, CHECKPOINT after each commit); its files are owner-only");
	}

	private static long h2WriteDelay(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"select max(setting_value) from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
			return (rs.next() && rs.getString(1) != null) ? Long.parseLong(rs.getString(1).strip()) : 0;
		}
	}

	private void checkPostgres(Connection connection) throws SQLException {
		List<String> unsafe = new ArrayList<>();
		if ("off".equalsIgnoreCase(show(connection, "fsync"))) {
			unsafe.add("fsync is off");
		}
		if ("off".equalsIgnoreCase(show(connection, "synchronous_commit"))) {
			unsafe.add("synchronous_commit is off");
		}
		if (unsafe.isEmpty()) {
			return;
		}
		String problem = "PostgreSQL confirms commits before they are on disk (" + String.join(", ", unsafe)
				+ "): a crash of the server could lose changes the console confirmed, with their audit events.";
		if (!this.properties.allowUnsafePostgres()) {
			throw new IllegalStateException(problem + " Turn them on, or set governance.durability"
					+ ".allow-unsafe-postgres=true to start anyway.");
		}
		log.warn("{} Starting anyway (governance.durability.allow-unsafe-postgres).", problem);
	}

	private static String show(Connection connection, String setting) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("show " + setting)) {
			return rs.next() ? rs.getString(1) : "";
		}
	}

}
