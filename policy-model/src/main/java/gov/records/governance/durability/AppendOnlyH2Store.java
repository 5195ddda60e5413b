package gov.records.governance.durability;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The embedded H2 file database writes every new chunk at the end of its file, never into
 * space it freed (DD070). H2 2.5 reuses freed space by default, and then a process killed
 * a moment after a commit can come back without it: its recovery falls back to an older
 * chunk, losing commits it had acknowledged (reproduced outside the console, and by the
 * crash suite). With {@code REUSE_SPACE=FALSE} the newest chunk is always the file's
 * last, where recovery finds it.
 * <p>
 * Before the connection pool connects (it does so lazily), the pool's URL gets
 * {@code REUSE_SPACE=FALSE} unless it already says; a URL that asks for reuse is refused.
 * The file then only grows while the console runs, so a file whose live chunks are less
 * than half of it is compacted here, before anything else opens it: H2 copies the live
 * data into a new file and replaces the old one in one rename, so a crash while
 * compacting leaves the old file whole.
 */
@Component
class AppendOnlyH2Store implements BeanPostProcessor {

	/** Files smaller than this are left as they are. */
	static final long COMPACT_FROM_BYTES = 16L * 1024 * 1024;

	/** Compacted when fewer than this percentage of its chunks' bytes are live. */
	static final int COMPACT_BELOW_LIVE_PERCENT = 50;

	private static final Logger log = LoggerFactory.getLogger(AppendOnlyH2Store.class);

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && H2Url.isH2(pool.getJdbcUrl())) {
			H2Url url = new H2Url(pool.getJdbcUrl());
			url.file().ifPresent((file) -> {
				if (url.reuseSpace().orElse(false)) {
					throw new IllegalStateException("The database URL sets REUSE_SPACE=TRUE: H2 would write new data "
							+ "into freed file space, and after a crash it can come back without changes it "
							+ "confirmed. Remove the setting or set REUSE_SPACE=FALSE.");
				}
				String appendingOnly = url.appendingOnly();
				pool.setJdbcUrl(appendingOnly);
				compactIfMostlyDead(appendingOnly, pool.getUsername(), pool.getPassword(), file);
			});
		}
		return bean;
	}

	/**
	 * Compacts the database file when it is large and mostly dead chunks.
	 * @return whether it was compacted
	 */
	static boolean compactIfMostlyDead(String url, String user, String password, Path database) {
		Path file = Path.of(database + ".mv.db");
		if (!Files.isRegularFile(file)) {
			return false;
		}
		String existing = url.toUpperCase(java.util.Locale.ROOT).contains("IFEXISTS") ? url : url + ";IFEXISTS=TRUE";
		try (Connection connection = DriverManager.getConnection(existing, user, password)) {
			Map<String, Long> info = info(connection);
			long size = info.getOrDefault("info.FILE_SIZE", 0L);
			long live = info.getOrDefault("info.CHUNKS_FILL_RATE", 100L);
			if (size < COMPACT_FROM_BYTES || live >= COMPACT_BELOW_LIVE_PERCENT) {
				return false;
			}
			log.info("Compacting the database file {} ({}, {} % of it live); a large database takes a while", file,
					megabytes(size), live);
			long begin = System.nanoTime();
			try (Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN COMPACT");
			}
			// the compacted copy is a new file, made with the default permissions
			OwnerOnlyFiles.files(database);
			log.info("Compacted the database file from {} to {} in {} ms", megabytes(size), megabytes(Files.size(file)),
					(System.nanoTime() - begin) / 1_000_000);
			return true;
		}
		catch (SQLException | java.io.IOException ex) {
			throw new IllegalStateException(
					"The database file " + file + " could not be opened to check its size (" + ex.getMessage() + ").",
					ex);
		}
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	private static Map<String, Long> info(Connection connection) throws SQLException {
		Map<String, Long> info = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("select setting_name, setting_value from information_schema.settings"
							+ " where setting_name in ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
			while (rs.next()) {
				info.put(rs.getString(1), Long.parseLong(rs.getString(2).strip()));
			}
		}
		return info;
	}

}
